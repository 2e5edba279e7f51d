package io.pdgitops.testing;

/** Two services and their policy as YAML (13 lines), for tests of documents that name services. */
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
}
