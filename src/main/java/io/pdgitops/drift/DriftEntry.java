package io.pdgitops.drift;

import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceKey;
import java.util.List;

/**
 * One declared object or integration.
 *
 * @param changes for {@link DriftStatus#DRIFTED}: each field with Git's and PagerDuty's value
 */
public record DriftEntry(ResourceKey key, DriftStatus status, List<String> liveIds, List<FieldChange> changes) {

    public DriftEntry {
        liveIds = List.copyOf(liveIds);
        changes = List.copyOf(changes);
    }
}
