package io.pdgitops.apply;

import io.pdgitops.diff.ResourceKind;
import io.pdgitops.live.EventRuleJson;
import io.pdgitops.live.ServiceJson;
import io.pdgitops.model.Service;
import io.pdgitops.model.Timeout;
import io.pdgitops.pagerduty.dto.JsonNullable;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.ServiceWrite;
import java.util.Optional;

/**
 * A declared service as PagerDuty's create and update body. Only declared fields are sent; a disabled timeout is
 * sent as an explicit null, because leaving it out keeps PagerDuty's value.
 */
final class ServiceBodies {

    private ServiceBodies() {
    }

    static ServiceWrite of(Service service, IdRegistry ids) {
        return new ServiceWrite(service.name(), service.description().orElse(null),
                Reference.escalationPolicy(ids.id(ResourceKind.ESCALATION_POLICY, service.escalationPolicy())),
                timeout(service.autoResolveTimeout()),
                timeout(service.acknowledgementTimeout()),
                service.status().orElse(null),
                service.incidentUrgencyRule().map(ServiceJson::write).orElse(null),
                service.supportHours().map(ServiceJson::write).orElse(null),
                service.scheduledActions().map(ServiceJson::write).orElse(null),
                service.autoPauseNotificationsParameters().map(ServiceJson::write).orElse(null),
                service.alertGroupingParameters().map(EventRuleJson::write).orElse(null));
    }

    /** Whether a plan's field path is one of the event rules, which are written apart from the service. */
    static boolean isEventRules(String path) {
        return path.equals("event_rules") || path.startsWith("event_rules[") || path.startsWith("event_rules.");
    }

    /** Whether a plan's field path is whether PagerDuty runs the event rules, written apart from the rules. */
    static boolean isActive(String path) {
        return path.equals("event_rules.active");
    }

    private static JsonNullable<Integer> timeout(Optional<Timeout> declared) {
        return declared.map(timeout -> timeout.after()
                        .map(after -> JsonNullable.of((int) after.toSeconds()))
                        .orElseGet(JsonNullable::ofNull))
                .orElse(null);
    }
}
