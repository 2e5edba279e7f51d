package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.EscalationPolicy;
import io.pdgitops.pagerduty.dto.EscalationPolicyWrite;

/** {@code /escalation_policies}. A delete fails (400) while a service still uses the policy. */
public final class EscalationPoliciesApi extends NamedResourceApi<EscalationPolicy, EscalationPolicyWrite> {

    EscalationPoliciesApi(Entities entities) {
        super(entities, new Kind<>("/escalation_policies", "escalation_policy", "escalation_policies",
                EscalationPolicy.class, EscalationPolicy::id, EscalationPolicy::name, Query.none(), Query.none()));
    }
}
