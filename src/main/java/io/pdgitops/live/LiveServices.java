package io.pdgitops.live;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.diff.LiveIntegration;
import io.pdgitops.model.Integration;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.model.Service;
import io.pdgitops.model.Timeout;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A PagerDuty service and its integrations in the model, PagerDuty's defaults filled in. */
final class LiveServices {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, Object>>> LIST_OF_MAPS = new TypeReference<>() {
    };

    private LiveServices() {
    }

    static Service service(io.pdgitops.pagerduty.dto.ServiceDto service, NameBook names) {
        return new Service(service.name(), NameBook.description(service.description()),
                names.policy(service.escalationPolicy()),
                Optional.of(timeout(service.autoResolveTimeout())),
                Optional.of(timeout(service.acknowledgementTimeout())),
                Optional.ofNullable(service.status()),
                ServiceJson.urgencyRule(service.incidentUrgencyRule()),
                ServiceJson.supportHours(service.supportHours()),
                ServiceJson.scheduledActions(service.scheduledActions()),
                ServiceJson.autoPause(service.autoPauseNotificationsParameters()),
                Optional.empty(),
                EventRuleJson.alertGrouping(service.alertGroupingParameters()),
                Optional.empty(),
                NameBook.PAGERDUTY);
    }

    static List<LiveIntegration> integrations(io.pdgitops.pagerduty.dto.ServiceDto service, NameBook names) {
        if (service.integrations() == null) {
            return List.of();
        }
        return service.integrations().stream()
                .map(integration -> new LiveIntegration(integration.id(), integration(integration, names),
                        Optional.ofNullable(integration.integrationKey())))
                .toList();
    }

    /**
     * A vendor integration is known by its vendor; a type that pd-gitops does not declare shows as a vendor
     * named after the type, so that it differs visibly from any declared type.
     */
    private static Integration integration(io.pdgitops.pagerduty.dto.IntegrationDto integration, NameBook names) {
        Optional<IntegrationType> known = Arrays.stream(IntegrationType.values())
                .filter(type -> type.pagerDutyType().map(t -> t.equals(integration.type())).orElse(false))
                .findFirst();
        IntegrationType type = integration.vendor() != null ? IntegrationType.VENDOR : known.orElse(IntegrationType.VENDOR);
        Optional<String> vendor = integration.vendor() != null ? Optional.of(names.vendor(integration.vendor()))
                : known.isPresent() ? Optional.empty() : Optional.ofNullable(integration.type());
        return new Integration(integration.name(), type, vendor,
                Optional.ofNullable(integration.integrationEmail()),
                Optional.ofNullable(integration.emailIncidentCreation()),
                Optional.ofNullable(integration.emailFilterMode()),
                structure(integration.emailFilters()),
                structure(integration.emailParsers()),
                Optional.ofNullable(integration.emailParsingFallback()),
                "");
    }

    /** PagerDuty's null and 0 both mean "never". */
    private static Timeout timeout(Integer seconds) {
        return seconds == null ? Timeout.disabled() : Timeout.after(Duration.ofSeconds(seconds));
    }

    private static Optional<List<Map<String, Object>>> structure(JsonNode node) {
        if (node == null || !node.isArray()) {
            return Optional.empty();
        }
        return Optional.of(JSON.convertValue(node, LIST_OF_MAPS));
    }
}
