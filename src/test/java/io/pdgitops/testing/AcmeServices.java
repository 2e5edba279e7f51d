package io.pdgitops.testing;

import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.dto.EscalationPolicyWrite;
import io.pdgitops.pagerduty.dto.EscalationRuleDto;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.ServiceWrite;
import java.util.List;

/**
 * Two services and their policy as YAML (13 lines), for tests of documents that name services, and a service made
 * straight through the client, for tests that start from an account rather than a repository.
 */
public final class AcmeServices {

    public static final String YAML = """
            kind: EscalationPolicy
            name: Primary
            rules:
              - escalation_delay: 30m
                targets: [{user: taro@example.com}]
            ---
            kind: Service
            name: Acme Web
            escalation_policy: Primary
            ---
            kind: Service
            name: Acme Mail
            escalation_policy: Primary
            """;

    private AcmeServices() {
    }

    /** Creates a service of {@code name} paging ann@example.com through a policy of its own; returns its id. */
    public static String create(PagerDutyClient client, String name) {
        return create(client, name, "ann@example.com");
    }

    /** Creates a service of {@code name} paging {@code email} through a policy of its own; returns its id. */
    public static String create(PagerDutyClient client, String name, String email) {
        String ann = client.users().findByEmail(email).orElseThrow().id();
        String policy = client.escalationPolicies().create(new EscalationPolicyWrite(name + " policy", null, null, null,
                List.of(new EscalationRuleDto(null, 30, List.of(Reference.user(ann)))), null)).id();
        return client.services().create(new ServiceWrite(name, null, Reference.escalationPolicy(policy),
                null, null, null, null, null, null, null)).id();
    }
}
