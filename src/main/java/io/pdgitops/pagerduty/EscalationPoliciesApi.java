package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.EscalationPolicyDto;
import io.pdgitops.pagerduty.dto.EscalationPolicyWrite;

/** {@code /escalation_policies}. A delete fails (400) while a service still uses the policy. */
public final class EscalationPoliciesApi extends NamedResourceApi<EscalationPolicyDto, EscalationPolicyWrite> {

    EscalationPoliciesApi(Entities entities) {
        super(entities, new Kind<>("/escalation_policies", "escalation_policy", "escalation_policies",
                EscalationPolicyDto.class, EscalationPolicyDto::id, EscalationPolicyDto::name, Query.none(), Query.none()));
    }
}
