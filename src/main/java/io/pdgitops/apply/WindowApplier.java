package io.pdgitops.apply;

import io.pdgitops.diff.WindowChange;
import io.pdgitops.model.WindowOccurrence;
import io.pdgitops.pagerduty.MaintenanceWindowsApi;
import io.pdgitops.pagerduty.PagerDutyException;
import io.pdgitops.pagerduty.dto.MaintenanceWindowDto;
import io.pdgitops.pagerduty.dto.MaintenanceWindowWrite;
import io.pdgitops.pagerduty.dto.Reference;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Carries out {@link WindowChange}s. A create whose outcome is unknown is looked up before it is tried again
 * ({@link CreateOrAdopt}), by description and end: PagerDuty moves a start in the past to "now" but keeps the end,
 * and the weeks of one rule end at different times. A delete that finds the window already ended (405) or gone
 * (404) is done: the window is history either way.
 */
public final class WindowApplier {

    /** What one change did; {@code adopted} when a window a lost answer had created was found instead. */
    public record Applied(WindowChange change, String liveId, boolean adopted) {
    }

    private WindowApplier() {
    }

    /** @param serviceIds PagerDuty service ids by name; every service the changes name must be in it */
    public static List<Applied> apply(MaintenanceWindowsApi api, List<WindowChange> changes, Map<String, String> serviceIds) {
        List<Applied> applied = new ArrayList<>();
        for (WindowChange change : changes) {
            applied.add(switch (change.action()) {
                case CREATE -> create(api, change, serviceIds);
                case UPDATE -> update(api, change, serviceIds);
                case DELETE -> delete(api, change);
            });
        }
        return applied;
    }

    private static Applied create(MaintenanceWindowsApi api, WindowChange change, Map<String, String> serviceIds) {
        WindowOccurrence window = change.window();
        CreateOrAdopt.Outcome<MaintenanceWindowDto> outcome = CreateOrAdopt.run(
                "MaintenanceWindow `" + window.name() + "` ending " + window.end(), false,
                () -> api.findByName(window.name()).stream()
                        .filter(live -> live.endTime().toInstant().equals(window.end()))
                        .toList(),
                () -> api.create(write(window, true, serviceIds)));
        return new Applied(change, outcome.object().id(), outcome.adopted());
    }

    private static Applied update(MaintenanceWindowsApi api, WindowChange change, Map<String, String> serviceIds) {
        // A running window's start is not sent: PagerDuty cannot change it.
        boolean startChanges = change.changes().stream().anyMatch(field -> field.path().equals("start"));
        String id = change.liveId().orElseThrow();
        api.update(id, write(change.window(), startChanges, serviceIds));
        return new Applied(change, id, false);
    }

    private static Applied delete(MaintenanceWindowsApi api, WindowChange change) {
        String id = change.liveId().orElseThrow();
        try {
            api.delete(id);
        } catch (PagerDutyException e) {
            if (e.status() != 404 && e.status() != 405) {
                throw e;
            }
        }
        return new Applied(change, id, false);
    }

    private static MaintenanceWindowWrite write(WindowOccurrence window, boolean withStart, Map<String, String> serviceIds) {
        List<Reference> services = window.services().stream()
                .map(name -> Reference.to("service", serviceIds.get(name)))
                .toList();
        return new MaintenanceWindowWrite(window.name(), withStart ? window.start().atOffset(ZoneOffset.UTC) : null,
                window.end().atOffset(ZoneOffset.UTC), services);
    }
}
