package io.pdgitops.imports.nagios;

import java.util.List;

/**
 * What {@link EscalationImport} derives from Nagios' people.
 *
 * @param services the imported services, each paging the policy of its contact group, in its business hours
 * @param policies the escalation policies (and teams) to declare, by name
 * @param users every email the policies reference, sorted: PagerDuty must know each of them
 * @param notExpressed every notification setting PagerDuty cannot hold, at its line: reported, not refused
 */
public record PeopleImport(List<ImportedService> services, List<ImportedPolicy> policies, List<String> users,
        List<NagiosProblem> notExpressed) {

    public PeopleImport {
        services = List.copyOf(services);
        policies = List.copyOf(policies);
        users = List.copyOf(users);
        notExpressed = List.copyOf(notExpressed);
    }
}
