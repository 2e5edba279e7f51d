package io.pdgitops.reconcile;

import io.pdgitops.model.CustomHeader;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.IgnoreDifference;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.WebhookFilter;
import io.pdgitops.model.WebhookSubscription;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The business-service customer's team and services, with whatever webhook subscriptions a test declares on them. */
final class WebhookSubscriptionStates {

    static final String TICKETING = "Kaede ticketing";
    static final String KEY_VARIABLE = "KAEDE_TICKETS_KEY";
    /** The header value the environment holds: it must reach PagerDuty and nothing else. */
    static final String KEY_VALUE = "kaede-key-5f0c1d9e7a2b";
    static final Function<String, Optional<String>> ENVIRONMENT = name -> Optional.ofNullable(Map.of(KEY_VARIABLE, KEY_VALUE).get(name));

    private WebhookSubscriptionStates() {
    }

    static WebhookSubscription ticketing(String url, List<String> events, Optional<Boolean> active) {
        return new WebhookSubscription(TICKETING, url, events, WebhookFilter.service("Kaede DB"), active,
                Optional.of(List.of(new CustomHeader("X-Api-Key", KEY_VARIABLE))), CallBudgetTest.ORIGIN);
    }

    static WebhookSubscription ticketing() {
        return ticketing("https://tickets.kaede.example/pagerduty", List.of("incident.triggered", "incident.resolved"),
                Optional.of(true));
    }

    /** The subscription naming an OAuth client made in PagerDuty. */
    static WebhookSubscription withOAuthClient(WebhookSubscription subscription, String client) {
        return new WebhookSubscription(subscription.name(), subscription.url(), subscription.events(),
                subscription.filter(), subscription.active(), subscription.customHeaders(), Optional.of(client), false,
                subscription.origin());
    }

    /** The same state with {@code ignore_differences} on every webhook subscription's {@code field}. */
    static DesiredState ignoring(DesiredState state, String field) {
        RepoSettings settings = state.settings();
        RepoSettings ignoring = new RepoSettings(settings.include(), settings.exclude(), settings.sync(),
                settings.defaultTimeZone(), List.of(new IgnoreDifference(ObjectKind.WEBHOOK_SUBSCRIPTION,
                        Optional.empty(), List.of(field))), settings.rotationChanges(), settings.dstHandOffs(),
                settings.manageUsers());
        return new DesiredState(ignoring, state.teams(), state.schedules(), state.escalationPolicies(),
                state.services(), state.fileCount(), state.rosters(), state.maintenanceWindows(),
                state.businessServices(), state.webhookSubscriptions());
    }

    static DesiredState with(WebhookSubscription... subscriptions) {
        DesiredState base = BusinessServiceStates.with();
        return new DesiredState(base.settings(), base.teams(), base.schedules(), base.escalationPolicies(),
                base.services(), base.fileCount(), base.rosters(), base.maintenanceWindows(), base.businessServices(),
                List.of(subscriptions));
    }
}
