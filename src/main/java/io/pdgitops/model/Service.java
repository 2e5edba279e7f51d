package io.pdgitops.model;

import java.util.List;
import java.util.Optional;

/**
 * A declared PagerDuty service. Every {@code Optional} field is empty when the YAML leaves it out,
 * which means "not managed": the diff never compares it.
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
        Origin origin) implements DeclaredObject {

    public Service {
        scheduledActions = scheduledActions.map(List::copyOf);
        integrations = integrations.map(List::copyOf);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.SERVICE;
    }
}
