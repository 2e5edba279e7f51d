package io.pdgitops.live;

import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.Target;
import io.pdgitops.pagerduty.dto.Reference;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A PagerDuty escalation policy in the model; targets of any schedule reference type become schedules. */
final class LivePolicies {

    private LivePolicies() {
    }

    /** @param tags read only for policies whose tags the YAML declares; empty otherwise */
    static EscalationPolicy policy(io.pdgitops.pagerduty.dto.EscalationPolicyDto policy, NameBook names,
            Optional<List<String>> tags) {
        List<EscalationRule> rules = policy.escalationRules() == null ? List.of()
                : policy.escalationRules().stream().map(rule -> new EscalationRule(
                        Duration.ofMinutes(rule.escalationDelayInMinutes() == null ? 0 : rule.escalationDelayInMinutes()),
                        rule.targets() == null ? List.of()
                                : rule.targets().stream().map(target -> target(target, names)).toList()))
                        .toList();
        return new EscalationPolicy(policy.name(), NameBook.description(policy.description()),
                Optional.ofNullable(policy.numLoops()), Optional.ofNullable(policy.onCallHandoffNotifications()),
                Optional.of(names.teamNames(policy.teams())), rules, tags, NameBook.PAGERDUTY);
    }

    private static Target target(Reference target, NameBook names) {
        return "schedule".equals(target.kind()) ? Target.schedule(names.schedule(target)) : Target.user(names.user(target));
    }
}
