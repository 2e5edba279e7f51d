package io.pdgitops.imports.nagios;

import io.pdgitops.model.SupportHours;
import java.util.List;
import java.util.Optional;

/**
 * One PagerDuty service the import declares.
 *
 * @param source what it comes from, e.g. "hostgroup `pay-web`"
 * @param hosts the Nagios hosts whose alerts it receives, sorted
 * @param checks how many service checks (host, description) it receives
 * @param integrationEmail for an email integration only
 * @param supportHours the business hours its alerts notify in, when a notification period expresses them: high
 *     urgency inside, low outside
 */
public record ImportedService(String name, String description, String source, String escalationPolicy,
        String integrationType, Optional<String> integrationEmail, List<String> hosts, int checks,
        Optional<SupportHours> supportHours) {

    public ImportedService {
        hosts = List.copyOf(hosts);
    }

    /** A service alerting at any time, with constant urgency. */
    public ImportedService(String name, String description, String source, String escalationPolicy,
            String integrationType, Optional<String> integrationEmail, List<String> hosts, int checks) {
        this(name, description, source, escalationPolicy, integrationType, integrationEmail, hosts, checks,
                Optional.empty());
    }

    /** The same service paging the given policy, in the given business hours. */
    public ImportedService paging(String policy, Optional<SupportHours> hours) {
        return new ImportedService(name, description, source, policy, integrationType, integrationEmail, hosts,
                checks, hours);
    }
}
