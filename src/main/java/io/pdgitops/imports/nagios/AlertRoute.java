package io.pdgitops.imports.nagios;

import java.util.List;
import java.util.Optional;

/**
 * Where one Nagios alert goes: a host's own problems ({@code check} empty) or one service check's.
 *
 * @param services the PagerDuty services (by name) the import routes it to
 * @param notified whom Nagios notifies of it today, kept notified by the wiring
 */
public record AlertRoute(String host, Optional<String> check, List<String> services, Notify notified) {

    public AlertRoute {
        services = List.copyOf(services);
    }
}
