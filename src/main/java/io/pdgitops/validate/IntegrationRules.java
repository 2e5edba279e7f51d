package io.pdgitops.validate;

import io.pdgitops.model.Integration;
import io.pdgitops.model.Service;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Integrations are identified by (service, name), so names must be unique within a service. */
final class IntegrationRules {

    private IntegrationRules() {
    }

    static void check(List<Service> services, List<Violation> violations) {
        for (Service service : services) {
            Set<String> seen = new HashSet<>();
            for (Integration integration : service.integrations().orElse(List.of())) {
                if (!seen.add(integration.name())) {
                    violations.add(Violation.error(ViolationCode.DUPLICATE_INTEGRATION,
                            service.origin().locationOf(integration.path() + "/name"),
                            "service `" + service.name() + "` already has an integration named `" + integration.name() + "`"));
                }
            }
        }
    }
}
