package io.pdgitops.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of document, in the order a plan creates them (deletes run in reverse). */
public enum ObjectKind {
    TEAM("Team"),
    SCHEDULE("Schedule"),
    ESCALATION_POLICY("EscalationPolicy"),
    SERVICE("Service"),
    /** After services: a business service names the services that support it. */
    BUSINESS_SERVICE("BusinessService"),
    /** After services and teams: a webhook subscription's filter names one of them. */
    WEBHOOK_SUBSCRIPTION("WebhookSubscription");

    private final String yamlName;

    ObjectKind(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The spelling used in the {@code kind} field. */
    public String yamlName() {
        return yamlName;
    }

    public static Optional<ObjectKind> fromYamlName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.yamlName.equals(name)).findFirst();
    }
}
