package io.pdgitops.diff;

import io.pdgitops.model.Service;
import io.pdgitops.model.Timeout;

/**
 * Flattens a service, without its integrations (they are diffed as objects of their own), with its event rules
 * when they are managed (see {@link EventRuleFields}).
 */
final class ServiceFields {

    private ServiceFields() {
    }

    /**
     * @param live true for PagerDuty's copy, where an unset timeout means disabled
     */
    static FlatFields of(FlatFields fields, Service service, boolean live) {
        fields.put("escalation_policy", Values.text(service.escalationPolicy()));
        if (live) {
            fields.put("auto_resolve_timeout", Values.timeout(service.autoResolveTimeout().orElse(Timeout.disabled())))
                    .put("acknowledgement_timeout",
                            Values.timeout(service.acknowledgementTimeout().orElse(Timeout.disabled())));
        } else {
            fields.putIfPresent("auto_resolve_timeout", service.autoResolveTimeout(), Values::timeout)
                    .putIfPresent("acknowledgement_timeout", service.acknowledgementTimeout(), Values::timeout);
        }
        fields.putIfPresent("status", service.status(), FlatValue::plain)
                .putIfPresent("incident_urgency_rule", service.incidentUrgencyRule(), Values::urgencyRule)
                .putIfPresent("support_hours", service.supportHours(), Values::supportHours)
                .putIfPresent("scheduled_actions", service.scheduledActions(), Values::scheduledActions)
                .putIfPresent("auto_pause_notifications_parameters", service.autoPauseNotificationsParameters(),
                        Values::autoPause)
                .putIfPresent("alert_grouping_parameters", service.alertGroupingParameters(), EventRuleFields::grouping);
        service.eventRules().ifPresent(rules -> EventRuleFields.put(fields, rules));
        return fields;
    }
}
