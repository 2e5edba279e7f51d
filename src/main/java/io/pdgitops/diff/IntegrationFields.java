package io.pdgitops.diff;

import io.pdgitops.model.Integration;

/** Flattens an integration under {@code integrations["<name>"]}. The integration key is never compared or shown. */
final class IntegrationFields {

    private IntegrationFields() {
    }

    static FlatFields of(Integration integration) {
        String prefix = FlatFields.named("integrations", integration.name()) + ".";
        return new FlatFields()
                .put(prefix + "type", FlatValue.plain(integration.type().yamlName()))
                .putIfPresent(prefix + "vendor", integration.vendor(), Values::text)
                .putIfPresent(prefix + "integration_email", integration.integrationEmail(), Values::text)
                .putIfPresent(prefix + "email_incident_creation", integration.emailIncidentCreation(), FlatValue::plain)
                .putIfPresent(prefix + "email_filter_mode", integration.emailFilterMode(), FlatValue::plain)
                .putIfPresent(prefix + "email_filters", integration.emailFilters(), Values::structure)
                .putIfPresent(prefix + "email_parsers", integration.emailParsers(), Values::structure)
                .putIfPresent(prefix + "email_parsing_fallback", integration.emailParsingFallback(), FlatValue::plain);
    }
}
