package io.pdgitops.live;

import io.pdgitops.diff.LiveWindow;
import io.pdgitops.model.WindowOccurrence;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.dto.MaintenanceWindowDto;
import io.pdgitops.pagerduty.dto.Reference;
import java.util.List;
import java.util.Map;

/**
 * PagerDuty's open maintenance windows in the diff's terms. One list read (a page per hundred windows) asks only for
 * running and future windows: ended ones are history and would only add pages, year after year.
 */
public final class LiveMaintenanceWindows {

    private LiveMaintenanceWindows() {
    }

    /**
     * @param serviceNames service names by PagerDuty id, as the service list already read them; a service missing
     *     from it shows as its id, so the window differs from any declared one instead of matching by accident
     */
    public static List<LiveWindow> read(PagerDutyClient client, Map<String, String> serviceNames) {
        return client.maintenanceWindows().list().stream().map(window -> of(window, serviceNames)).toList();
    }

    static LiveWindow of(MaintenanceWindowDto window, Map<String, String> serviceNames) {
        List<String> services = window.services() == null ? List.of() : window.services().stream()
                .map(Reference::id)
                .map(id -> serviceNames.getOrDefault(id, id))
                .toList();
        String name = window.description() == null ? "" : window.description();
        return new LiveWindow(window.id(), new WindowOccurrence(name, services, window.startTime().toInstant(),
                window.endTime().toInstant()));
    }
}
