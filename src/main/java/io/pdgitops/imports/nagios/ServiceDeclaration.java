package io.pdgitops.imports.nagios;

import io.pdgitops.model.Integration;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.model.Origin;
import io.pdgitops.model.Service;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.UrgencyRule;
import java.util.List;
import java.util.Optional;

/** An imported service in the repository's model, with its single integration. */
final class ServiceDeclaration {

    /** The integration's name in the YAML: what {@code contacts} and {@code handler} look for after apply. */
    static final String NAGIOS_INTEGRATION = "Nagios";
    static final String EMAIL_INTEGRATION = "Email";
    static final String SENSU_INTEGRATION = "Sensu";

    private ServiceDeclaration() {
    }

    static Service of(ImportedService imported, String file) {
        String type = imported.integrationType();
        String name = switch (type) {
            case IntegrationChoice.EMAIL -> EMAIL_INTEGRATION;
            case IntegrationChoice.NAGIOS -> NAGIOS_INTEGRATION;
            default -> SENSU_INTEGRATION;
        };
        Integration integration = new Integration(name, IntegrationType.fromYamlName(type).orElseThrow(), Optional.empty(),
                imported.integrationEmail(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                "integrations[0]");
        // Business hours page at once; outside them an incident waits for the next business day (low urgency).
        Optional<UrgencyRule> urgency = imported.supportHours().map(hours -> new UrgencyRule("use_support_hours",
                Optional.empty(), Optional.of(UrgencyRule.constant("high")), Optional.of(UrgencyRule.constant("low"))));
        return new Service(imported.name(), Optional.of(imported.description()), imported.escalationPolicy(),
                Optional.empty(), Optional.empty(), Optional.empty(), urgency, imported.supportHours(),
                Optional.empty(), Optional.empty(), Optional.of(List.of(integration)),
                Origin.at(SourceLocation.startOf(file)));
    }
}
