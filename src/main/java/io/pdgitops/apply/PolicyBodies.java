package io.pdgitops.apply;

import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.Target;
import io.pdgitops.pagerduty.dto.EscalationPolicyWrite;
import io.pdgitops.pagerduty.dto.Reference;
import java.util.List;

/** A declared escalation policy as PagerDuty's create and update body (rules are sent whole). */
final class PolicyBodies {

    private PolicyBodies() {
    }

    static EscalationPolicyWrite of(EscalationPolicy policy, IdRegistry ids) {
        List<io.pdgitops.pagerduty.dto.EscalationRuleDto> rules = policy.rules().stream()
                .map(rule -> rule(rule, ids))
                .toList();
        return new EscalationPolicyWrite(policy.name(), policy.description().orElse(null),
                policy.numLoops().orElse(null), policy.onCallHandoffNotifications().orElse(null), rules,
                policy.teams().map(teams -> TeamBodies.references(teams, ids)).orElse(null));
    }

    private static io.pdgitops.pagerduty.dto.EscalationRuleDto rule(EscalationRule rule, IdRegistry ids) {
        List<Reference> targets = rule.targets().stream().map(target -> target(target, ids)).toList();
        return new io.pdgitops.pagerduty.dto.EscalationRuleDto(null, (int) rule.escalationDelay().toMinutes(), targets);
    }

    private static Reference target(Target target, IdRegistry ids) {
        return target.type() == Target.Type.SCHEDULE
                ? Reference.schedule(ids.id(ResourceKind.SCHEDULE, target.reference()))
                : Reference.user(ids.userId(target.reference()));
    }
}
