package io.pdgitops.model;

import java.util.List;
import java.util.Optional;

/**
 * A declared PagerDuty service. Every {@code Optional} field is empty when the YAML leaves it out,
 * which means "not managed": the diff never compares it. {@code eventRules} is PagerDuty's service event
 * orchestration, a resource of its own that is read and written apart from the service.
 */
public record Service(
        String name,
        Optional<String> description,
        String escalationPolicy,
        Optional<Timeout> autoResolveTimeout,
        Optional<Timeout> acknowledgementTimeout,
        Optional<String> status,
        Optional<UrgencyRule> incidentUrgencyRule,
        Optional<SupportHours> supportHours,
        Optional<List<ScheduledAction>> scheduledActions,
        Optional<AutoPauseNotifications> autoPauseNotificationsParameters,
        Optional<List<Integration>> integrations,
        Optional<AlertGrouping> alertGroupingParameters,
        Optional<EventRules> eventRules,
        Origin origin) implements DeclaredObject {

    public Service {
        scheduledActions = scheduledActions.map(List::copyOf);
        integrations = integrations.map(List::copyOf);
    }

    /** A service that leaves its alert grouping and event rules unmanaged. */
    public Service(String name, Optional<String> description, String escalationPolicy,
            Optional<Timeout> autoResolveTimeout, Optional<Timeout> acknowledgementTimeout, Optional<String> status,
            Optional<UrgencyRule> incidentUrgencyRule, Optional<SupportHours> supportHours,
            Optional<List<ScheduledAction>> scheduledActions,
            Optional<AutoPauseNotifications> autoPauseNotificationsParameters,
            Optional<List<Integration>> integrations, Origin origin) {
        this(name, description, escalationPolicy, autoResolveTimeout, acknowledgementTimeout, status,
                incidentUrgencyRule, supportHours, scheduledActions, autoPauseNotificationsParameters, integrations,
                Optional.empty(), Optional.empty(), origin);
    }

    /**
     * This service with its event rules as given; empty leaves them unmanaged. The same rules give this very object:
     * kept comparisons know a live service by identity, and a copy would look new to them on every sync.
     */
    public Service withEventRules(Optional<EventRules> rules) {
        if (rules.equals(eventRules)) {
            return this;
        }
        return new Service(name, description, escalationPolicy, autoResolveTimeout, acknowledgementTimeout, status,
                incidentUrgencyRule, supportHours, scheduledActions, autoPauseNotificationsParameters, integrations,
                alertGroupingParameters, rules, origin);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.SERVICE;
    }
}
