package io.pdgitops.model;

import java.util.List;

/**
 * A declared maintenance window: services that open no incidents while it runs. PagerDuty windows have no name,
 * so {@code name} is stored verbatim as the window's description, which is what the PagerDuty UI shows and what
 * matches a live window back to its document. A window is either one-off or a weekly rule that the core expands
 * into PagerDuty windows ({@link MaintenanceOccurrences}).
 *
 * @param services names of services declared in the repository, in declaration order
 */
public record MaintenanceWindow(String name, List<String> services, WindowTiming timing, Origin origin) {

    /** The spelling used in the {@code kind} field. */
    public static final String KIND = "MaintenanceWindow";

    public MaintenanceWindow {
        services = List.copyOf(services);
    }
}
