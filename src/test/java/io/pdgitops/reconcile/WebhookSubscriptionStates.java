package io.pdgitops.reconcile;

import io.pdgitops.model.CustomHeader;
import io.pdgitops.model.DesiredState;
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

    static DesiredState with(WebhookSubscription... subscriptions) {
        DesiredState base = BusinessServiceStates.with();
        return new DesiredState(base.settings(), base.teams(), base.schedules(), base.escalationPolicies(),
                base.services(), base.fileCount(), base.rosters(), base.maintenanceWindows(), base.businessServices(),
                List.of(subscriptions));
    }
}
