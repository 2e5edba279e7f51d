package io.pdgitops.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.WebhookFilter;
import io.pdgitops.model.WebhookSubscription;
import io.pdgitops.pagerduty.dto.CustomHeaderDto;
import io.pdgitops.pagerduty.dto.DeliveryMethodDto;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.WebhookSubscriptionDto;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PagerDuty's subscriptions in the model: filter and OAuth client by name, header names only, the disabled flag. */
class LiveWebhookSubscriptionsTest {

    private static final Map<String, String> SERVICES = Map.of("PSVC1", "Kaede DB");

    @Test
    void aSubscriptionPagerDutyDisabledReadsAsDisabledAndAnyOtherAsDelivering() {
        for (Boolean flag : new Boolean[] {true, false, null}) {
            WebhookSubscription live = LiveWebhookSubscriptions.of(subscription(flag), SERVICES, Map.of());

            assertThat(live.temporarilyDisabled()).as("temporarily_disabled %s", flag).isEqualTo(Boolean.TRUE.equals(flag));
            assertThat(live.filter()).isEqualTo(WebhookFilter.service("Kaede DB"));
            assertThat(live.customHeaders()).hasValueSatisfying(headers -> assertThat(headers).singleElement()
                    .satisfies(header -> assertThat(header.valueFromEnv()).isEqualTo(LiveWebhookSubscriptions.UNREADABLE)));
        }
    }

    @Test
    void aSubscriptionWithoutADeliveryMethodDelivers() {
        WebhookSubscriptionDto bare = new WebhookSubscriptionDto("PWH1", "webhook_subscription", "Bare", null,
                List.of("incident.triggered"), new Reference(null, "account_reference", null), true);

        assertThat(LiveWebhookSubscriptions.of(bare, Map.of(), Map.of()).temporarilyDisabled()).isFalse();
    }

    @Test
    void anOAuthClientReadsByTheNamePagerDutySumsItUpWithAndNoneAsEmpty() {
        WebhookSubscriptionDto withClient = new WebhookSubscriptionDto("PWH1", "webhook_subscription", "ITSM", null,
                List.of("incident.triggered"), new Reference(null, "account_reference", null), true, null,
                new Reference("PCL1", "oauth_client_reference", "Kaede ITSM"));
        WebhookSubscriptionDto unnamed = new WebhookSubscriptionDto("PWH2", "webhook_subscription", "ITSM 2", null,
                List.of("incident.triggered"), new Reference(null, "account_reference", null), true, null,
                new Reference("PCL2", "oauth_client_reference", null));

        assertThat(LiveWebhookSubscriptions.of(withClient, Map.of(), Map.of()).oauthClient()).contains("Kaede ITSM");
        assertThat(LiveWebhookSubscriptions.of(unnamed, Map.of(), Map.of()).oauthClient()).contains("PCL2");
        assertThat(LiveWebhookSubscriptions.of(subscription(null), SERVICES, Map.of()).oauthClient()).contains("");
    }

    private static WebhookSubscriptionDto subscription(Boolean temporarilyDisabled) {
        return new WebhookSubscriptionDto("PWH1", "webhook_subscription", "Kaede ticketing",
                new DeliveryMethodDto("PDM1", "http_delivery_method", "https://tickets.example/pd", temporarilyDisabled,
                        List.of(new CustomHeaderDto("X-Api-Key", "-- redacted --"))),
                List.of("incident.triggered"), Reference.to("service", "PSVC1"), true);
    }
}
