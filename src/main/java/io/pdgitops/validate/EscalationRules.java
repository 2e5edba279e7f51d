package io.pdgitops.validate;

import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.FieldPath;
import java.time.Duration;
import java.util.List;

/** PagerDuty counts escalation delays in whole minutes, at least one. */
final class EscalationRules {

    private EscalationRules() {
    }

    static void check(List<EscalationPolicy> policies, List<Violation> violations) {
        for (EscalationPolicy policy : policies) {
            for (int r = 0; r < policy.rules().size(); r++) {
                Duration delay = policy.rules().get(r).escalationDelay();
                if (delay != null && (delay.toMinutes() < 1 || delay.toSecondsPart() != 0)) {
                    violations.add(Violation.error(ViolationCode.INVALID_ESCALATION_DELAY,
                            policy.origin().locationOf(FieldPath.of("rules", r, "escalation_delay")),
                            "`rules[" + r + "].escalation_delay` must be whole minutes and at least 1m, not "
                                    + delay.getSeconds() + "s"));
                }
            }
        }
    }
}
