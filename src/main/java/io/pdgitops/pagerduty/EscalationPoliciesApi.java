package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.EscalationPolicy;
import io.pdgitops.pagerduty.dto.EscalationPolicyWrite;
import java.util.List;

/** {@code /escalation_policies}. A delete fails (400) while a service still uses the policy. */
public final class EscalationPoliciesApi {

    private static final ApiPath LIST = ApiPath.of("/escalation_policies");

    private final Entities entities;

    EscalationPoliciesApi(Entities entities) {
        this.entities = entities;
    }

    public List<EscalationPolicy> list() {
        return entities.getAll(LIST, Query.none(), "escalation_policies", EscalationPolicy.class,
                EscalationPolicy::id);
    }

    public List<EscalationPolicy> findByName(String name) {
        return entities.findByName(LIST, "escalation_policies", EscalationPolicy.class, EscalationPolicy::id,
                EscalationPolicy::name, name);
    }

    public EscalationPolicy get(String id) {
        return entities.get(one(id), Query.none(), "escalation_policy", EscalationPolicy.class);
    }

    public EscalationPolicy create(EscalationPolicyWrite policy) {
        return entities.create(LIST, Query.none(), "escalation_policy", policy, EscalationPolicy.class);
    }

    public EscalationPolicy update(String id, EscalationPolicyWrite changes) {
        return entities.update(one(id), Query.none(), "escalation_policy", changes, EscalationPolicy.class);
    }

    public void delete(String id) {
        entities.delete(one(id), Query.none());
    }

    private static ApiPath one(String id) {
        return ApiPath.of("/escalation_policies/{id}", id);
    }
}
