package io.pdgitops.diff;

import io.pdgitops.model.ObjectKind;
import java.util.Optional;

/**
 * What a plan can change: the document kinds plus integrations, children of services. In plan order: business
 * services and maintenance windows name services, so they come after them (and are deleted before them).
 */
public enum ResourceKind {
    TEAM("Team", ObjectKind.TEAM),
    SCHEDULE("Schedule", ObjectKind.SCHEDULE),
    ESCALATION_POLICY("EscalationPolicy", ObjectKind.ESCALATION_POLICY),
    SERVICE("Service", ObjectKind.SERVICE),
    INTEGRATION("Integration", null),
    /**
     * The event rules an apply wrote to a service, by the service's name: recorded in the inventory so that
     * removing {@code event_rules:} from a service that stays resets its orchestration, the way prune deletes what
     * Git stopped declaring. Never a step of its own but that reset; the rules are written with their service.
     */
    EVENT_RULES("EventRules", null),
    BUSINESS_SERVICE("BusinessService", ObjectKind.BUSINESS_SERVICE),
    /** After the services and teams its filter names (and deleted before them). */
    WEBHOOK_SUBSCRIPTION("WebhookSubscription", ObjectKind.WEBHOOK_SUBSCRIPTION),
    /** One declared window by name: a weekly rule's PagerDuty windows are one resource. */
    MAINTENANCE_WINDOW("MaintenanceWindow", null),
    /**
     * How one existing user is reached (a User document, by email): updated, never created nor deleted, since
     * pd-gitops does not manage people themselves. It depends on nothing else in the plan.
     */
    USER("User", null);

    private final String displayName;
    private final ObjectKind objectKind;

    ResourceKind(String displayName, ObjectKind objectKind) {
        this.displayName = displayName;
        this.objectKind = objectKind;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * The document kind, empty for integrations (declared inside services) and maintenance windows (documents that
     * are no {@link io.pdgitops.model.DeclaredObject}, as PagerDuty gives them no name).
     */
    public Optional<ObjectKind> objectKind() {
        return Optional.ofNullable(objectKind);
    }

    public static ResourceKind of(ObjectKind kind) {
        return switch (kind) {
            case TEAM -> TEAM;
            case SCHEDULE -> SCHEDULE;
            case ESCALATION_POLICY -> ESCALATION_POLICY;
            case SERVICE -> SERVICE;
            case BUSINESS_SERVICE -> BUSINESS_SERVICE;
            case WEBHOOK_SUBSCRIPTION -> WEBHOOK_SUBSCRIPTION;
        };
    }
}
