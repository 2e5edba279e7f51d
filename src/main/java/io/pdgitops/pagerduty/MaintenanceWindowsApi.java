package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.MaintenanceWindowDto;
import io.pdgitops.pagerduty.dto.MaintenanceWindowWrite;

/**
 * {@code /maintenance_windows}. Lists ask for {@code filter=open} (running and future windows): ended ones are
 * history PagerDuty keeps forever and pd-gitops never changes, so reading them would only cost pages. The "name"
 * of a window is its description. Deleting a running window ends it; an ended one cannot be deleted (405).
 */
public final class MaintenanceWindowsApi extends NamedResourceApi<MaintenanceWindowDto, MaintenanceWindowWrite> {

    MaintenanceWindowsApi(Entities entities) {
        super(entities, new Kind<>("/maintenance_windows", "maintenance_window", "maintenance_windows",
                MaintenanceWindowDto.class, MaintenanceWindowDto::id, MaintenanceWindowDto::description,
                Query.of("filter", "open"), Query.none()));
    }
}
