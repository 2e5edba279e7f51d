package io.pdgitops.imports.nagios;

import java.util.List;
import java.util.Optional;

/**
 * One PagerDuty service the import declares.
 *
 * @param source what it comes from, e.g. "hostgroup `pay-web`"
 * @param hosts the Nagios hosts whose alerts it receives, sorted
 * @param checks how many service checks (host, description) it receives
 * @param integrationEmail for an email integration only
 */
public record ImportedService(String name, String description, String source, String escalationPolicy,
        String integrationType, Optional<String> integrationEmail, List<String> hosts, int checks) {

    public ImportedService {
        hosts = List.copyOf(hosts);
    }
}
