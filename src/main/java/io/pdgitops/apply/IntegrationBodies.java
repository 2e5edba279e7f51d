package io.pdgitops.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.model.Integration;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.pagerduty.dto.IntegrationWrite;
import io.pdgitops.pagerduty.dto.Reference;
import java.util.Optional;

/** A declared integration as PagerDuty's create and update body: a type, or a vendor, never both. */
final class IntegrationBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IntegrationBodies() {
    }

    static IntegrationWrite of(Integration integration, IdRegistry ids) {
        boolean vendor = integration.type() == IntegrationType.VENDOR;
        Reference vendorReference = vendor
                ? Reference.vendor(ids.vendorId(integration.vendor().orElseThrow(
                        () -> new IllegalStateException("integration `" + integration.name() + "` names no vendor"))))
                : null;
        return new IntegrationWrite(integration.type().pagerDutyType().orElse(null), integration.name(),
                vendorReference,
                integration.integrationEmail().orElse(null),
                integration.emailIncidentCreation().orElse(null),
                integration.emailFilterMode().orElse(null),
                tree(integration.emailFilters()),
                tree(integration.emailParsers()),
                integration.emailParsingFallback().orElse(null));
    }

    private static JsonNode tree(Optional<?> value) {
        return value.<JsonNode>map(JSON::valueToTree).orElse(null);
    }
}
