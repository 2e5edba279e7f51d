package io.pdgitops.write;

import io.pdgitops.model.AutoPauseNotifications;
import io.pdgitops.model.Integration;
import io.pdgitops.model.ScheduledAction;
import io.pdgitops.model.Service;
import io.pdgitops.model.SupportHours;
import io.pdgitops.model.UrgencyRule;
import java.util.Map;

/** A {@link Service} as the fields of its YAML document, event rules before integrations, which come last. */
final class ServiceDocument {

    private ServiceDocument() {
    }

    static Map<String, Object> of(Service service) {
        DocumentFields fields = DocumentFields.of("Service", service.name())
                .putIfPresent("description", service.description())
                .put("escalation_policy", service.escalationPolicy());
        service.autoResolveTimeout().ifPresent(timeout -> fields.put("auto_resolve_timeout", YamlValues.timeout(timeout)));
        service.acknowledgementTimeout().ifPresent(timeout -> fields.put("acknowledgement_timeout", YamlValues.timeout(timeout)));
        return fields
                .putIfPresent("status", service.status())
                .putIfPresent("incident_urgency_rule", service.incidentUrgencyRule().map(ServiceDocument::urgencyRule))
                .putIfPresent("support_hours", service.supportHours().map(ServiceDocument::supportHours))
                .putIfPresent("scheduled_actions", service.scheduledActions().map(actions -> actions.stream()
                        .map(ServiceDocument::scheduledAction).toList()))
                .putIfPresent("auto_pause_notifications_parameters",
                        service.autoPauseNotificationsParameters().map(ServiceDocument::autoPause))
                .putIfPresent("alert_grouping_parameters", service.alertGroupingParameters().map(EventRuleDocument::grouping))
                .putIfPresent("event_rules", service.eventRules().map(EventRuleDocument::rules))
                .putIfPresent("catch_all", service.eventRules().flatMap(EventRuleDocument::catchAll))
                .putIfPresent("integrations", service.integrations().map(integrations -> integrations.stream()
                        .map(ServiceDocument::integration).toList()))
                .map();
    }

    /** Support-hours urgencies use the shorthand {@code during_support_hours: high}. */
    private static Map<String, Object> urgencyRule(UrgencyRule rule) {
        return new DocumentFields()
                .put("type", rule.type())
                .putIfPresent("urgency", rule.urgency())
                .putIfPresent("during_support_hours", rule.duringSupportHours().flatMap(UrgencyRule::urgency))
                .putIfPresent("outside_support_hours", rule.outsideSupportHours().flatMap(UrgencyRule::urgency))
                .map();
    }

    private static Map<String, Object> supportHours(SupportHours hours) {
        return new DocumentFields()
                .put("time_zone", hours.timeZone().getId())
                .put("days_of_week", hours.daysOfWeek().stream().map(YamlValues::day).toList())
                .put("start_time", YamlValues.timeOfDay(hours.startTime()))
                .put("end_time", YamlValues.timeOfDay(hours.endTime()))
                .map();
    }

    private static Map<String, Object> scheduledAction(ScheduledAction action) {
        return new DocumentFields()
                .put("type", "urgency_change")
                .put("at", new DocumentFields().put("type", "named_time").put("name", action.at()).map())
                .put("to_urgency", "high")
                .map();
    }

    private static Map<String, Object> autoPause(AutoPauseNotifications pause) {
        return new DocumentFields()
                .putIfPresent("enabled", pause.enabled())
                .putIfPresent("timeout", pause.timeoutSeconds())
                .map();
    }

    private static Map<String, Object> integration(Integration integration) {
        return new DocumentFields()
                .put("name", integration.name())
                .put("type", integration.type().yamlName())
                .putIfPresent("vendor", integration.vendor())
                .putIfPresent("integration_email", integration.integrationEmail())
                .putIfPresent("email_incident_creation", integration.emailIncidentCreation())
                .putIfPresent("email_filter_mode", integration.emailFilterMode())
                .putIfPresent("email_filters", integration.emailFilters())
                .putIfPresent("email_parsers", integration.emailParsers())
                .putIfPresent("email_parsing_fallback", integration.emailParsingFallback())
                .map();
    }
}
