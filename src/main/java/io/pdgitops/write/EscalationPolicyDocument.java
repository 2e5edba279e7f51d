package io.pdgitops.write;

import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.Target;
import java.util.Map;

/** An {@link EscalationPolicy} as the fields of its YAML document. */
final class EscalationPolicyDocument {

    private EscalationPolicyDocument() {
    }

    static Map<String, Object> of(EscalationPolicy policy) {
        return DocumentFields.of("EscalationPolicy", policy.name())
                .putIfPresent("description", policy.description())
                .putIfPresent("num_loops", policy.numLoops())
                .putIfPresent("on_call_handoff_notifications", policy.onCallHandoffNotifications())
                .putIfPresent("teams", policy.teams())
                .putIfPresent("tags", policy.tags())
                .put("rules", policy.rules().stream().map(EscalationPolicyDocument::rule).toList())
                .map();
    }

    private static Map<String, Object> rule(EscalationRule rule) {
        return new DocumentFields()
                .put("escalation_delay", YamlValues.duration(rule.escalationDelay()))
                .put("targets", rule.targets().stream().map(EscalationPolicyDocument::target).toList())
                .map();
    }

    private static Map<String, Object> target(Target target) {
        String field = target.type() == Target.Type.SCHEDULE ? "schedule" : "user";
        return new DocumentFields().put(field, target.reference()).map();
    }
}
