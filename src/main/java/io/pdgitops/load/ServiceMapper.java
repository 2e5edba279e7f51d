package io.pdgitops.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdgitops.model.AutoPauseNotifications;
import io.pdgitops.model.Integration;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.model.Origin;
import io.pdgitops.model.ScheduledAction;
import io.pdgitops.model.Service;
import io.pdgitops.model.SupportHours;
import io.pdgitops.model.UrgencyRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds a {@link Service} from a schema-valid Service document. */
final class ServiceMapper {

    private ServiceMapper() {
    }

    static Service map(Fields fields, Origin origin) {
        return new Service(
                fields.text("name"),
                fields.optionalText("description"),
                fields.text("escalation_policy"),
                fields.optionalTimeout("auto_resolve_timeout"),
                fields.optionalTimeout("acknowledgement_timeout"),
                fields.optionalText("status"),
                fields.optionalObject("incident_urgency_rule").map(ServiceMapper::urgencyRule),
                fields.optionalObject("support_hours").map(ServiceMapper::supportHours),
                fields.optionalObjects("scheduled_actions").map(actions -> actions.stream()
                        .map(action -> new ScheduledAction(action.raw("at").path("name").asText()))
                        .toList()),
                fields.optionalObject("auto_pause_notifications_parameters").map(pause ->
                        new AutoPauseNotifications(pause.optionalBoolean("enabled"), pause.optionalInt("timeout"))),
                fields.optionalObjects("integrations").map(integrations -> integrations.stream()
                        .map(ServiceMapper::integration)
                        .toList()),
                EventRuleMapper.grouping(fields),
                EventRuleMapper.rules(fields),
                origin);
    }

    private static UrgencyRule urgencyRule(Fields rule) {
        return new UrgencyRule(
                rule.text("type"),
                rule.optionalText("urgency"),
                supportHoursUrgency(rule, "during_support_hours"),
                supportHoursUrgency(rule, "outside_support_hours"));
    }

    /** Accepts both PagerDuty's {@code {type: constant, urgency: high}} and the shorthand {@code high}. */
    private static Optional<UrgencyRule> supportHoursUrgency(Fields rule, String field) {
        JsonNode value = rule.raw(field);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(UrgencyRule.constant(value.isTextual() ? value.asText() : value.path("urgency").asText()));
    }

    private static SupportHours supportHours(Fields hours) {
        return new SupportHours(hours.zone("time_zone"), hours.days("days_of_week"),
                hours.time("start_time"), hours.time("end_time"));
    }

    private static Integration integration(Fields integration) {
        return new Integration(
                integration.text("name"),
                IntegrationType.fromYamlName(integration.text("type")).orElseThrow(),
                integration.optionalText("vendor"),
                integration.optionalText("integration_email"),
                integration.optionalText("email_incident_creation"),
                integration.optionalText("email_filter_mode"),
                passThrough(integration, "email_filters"),
                passThrough(integration, "email_parsers"),
                integration.optionalText("email_parsing_fallback"),
                integration.path());
    }

    private static Optional<List<Map<String, Object>>> passThrough(Fields fields, String field) {
        JsonNode value = fields.raw(field);
        if (value.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(PlainValues.listOfMaps(value));
    }
}
