package io.pdgitops.diff;

import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;

/** Flattens an escalation policy. Rules are matched by position; targets within a rule compare as a set. */
final class PolicyFields {

    private PolicyFields() {
    }

    static FlatFields of(FlatFields fields, EscalationPolicy policy, UserDirectory users) {
        fields                .putIfPresent("num_loops", policy.numLoops(), Values::number)
                .putIfPresent("on_call_handoff_notifications", policy.onCallHandoffNotifications(), FlatValue::plain)
                .putIfPresent("teams", policy.teams(), Values::nameSet);
        for (int i = 0; i < policy.rules().size(); i++) {
            EscalationRule rule = policy.rules().get(i);
            String prefix = FlatFields.index("rules", i) + ".";
            fields.put(prefix + "escalation_delay", Values.duration(rule.escalationDelay()))
                    .put(prefix + "targets", Values.targets(rule.targets(), users));
        }
        return fields;
    }

    /** One line that identifies a rule, for a rule Git removes. */
    static String summary(EscalationRule rule, UserDirectory users) {
        return "after " + Values.durationText(rule.escalationDelay()) + " " + Values.targets(rule.targets(), users).display();
    }
}
