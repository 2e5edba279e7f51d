package io.pdgitops.diff;

import io.pdgitops.model.WindowOccurrence;
import java.util.List;
import java.util.Optional;

/**
 * One change that brings PagerDuty's maintenance windows to the declared ones.
 *
 * @param window for a create or update, the window as it should be; for a delete, the live window
 * @param liveId empty for a create
 * @param changes for an update, the declared fields that differ (start, end, services)
 */
public record WindowChange(Action action, WindowOccurrence window, Optional<String> liveId, List<FieldChange> changes) {

    /** What a window change does; unlike {@link DiffAction} it deletes, as stale weeks of a declared rule go. */
    public enum Action { CREATE, UPDATE, DELETE }

    public WindowChange {
        changes = List.copyOf(changes);
    }
}
