package io.pdgitops.diff;

import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import java.util.List;
import java.util.Optional;

/**
 * Flattens an escalation policy. A live rule sits at the path of the declared rule it is paired with ({@link Pairing}:
 * an identical rule first, else the rule at the same position); targets within a rule compare as a set.
 */
final class PolicyFields {

    private PolicyFields() {
    }

    /** @param rules by declared position; empty where the declared rule has no live counterpart */
    static FlatFields of(FlatFields fields, EscalationPolicy policy, List<Optional<EscalationRule>> rules,
            UserDirectory users) {
        fields.putIfPresent("num_loops", policy.numLoops(), Values::number)
                .putIfPresent("on_call_handoff_notifications", policy.onCallHandoffNotifications(), FlatValue::plain)
                .putIfPresent("teams", policy.teams(), Values::nameSet)
                .putIfPresent("tags", policy.tags(), Values::nameSet);
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).isEmpty()) {
                continue;
            }
            EscalationRule rule = rules.get(i).get();
            String prefix = FlatFields.index("rules", i) + ".";
            fields.put(prefix + "escalation_delay", Values.duration(rule.escalationDelay()))
                    .put(prefix + "targets", Values.targets(rule.targets(), users));
        }
        return fields;
    }

    /** What makes two rules the same rule, for pairing. */
    static Optional<String> key(EscalationRule rule, UserDirectory users) {
        return Optional.of(Values.duration(rule.escalationDelay()).key() + " " + Values.targets(rule.targets(), users).key());
    }

    /** One line that identifies a rule, for a rule Git removes. */
    static String summary(EscalationRule rule, UserDirectory users) {
        return "after " + Values.durationText(rule.escalationDelay()) + " " + Values.targets(rule.targets(), users).display();
    }
}
