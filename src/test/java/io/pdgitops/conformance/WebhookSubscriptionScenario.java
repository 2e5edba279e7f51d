package io.pdgitops.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyException;
import io.pdgitops.pagerduty.dto.CustomHeaderDto;
import io.pdgitops.pagerduty.dto.DeliveryMethodDto;
import io.pdgitops.pagerduty.dto.OAuthClientDto;
import io.pdgitops.pagerduty.dto.OAuthClientWrite;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.TeamWrite;
import io.pdgitops.pagerduty.dto.WebhookSubscriptionDto;
import io.pdgitops.testing.AcmeServices;
import java.util.List;
import java.util.function.Consumer;

/**
 * Webhook subscriptions through the client: one for a service with a custom header, one for a team, one for the
 * account; an update of events and activity; a filter naming nothing refused; a ping; a subscription PagerDuty
 * disabled, read and listed disabled, then enabled twice; a look-up by description; and the deletes.
 */
final class WebhookSubscriptionScenario {

    private static final String CLIENT_SECRET = "oauth-secret-never-read-back";

    private final PagerDutyClient pd;
    private final Consumer<String> disable;

    /** @param disable marks a subscription disabled, as PagerDuty does after deliveries kept failing */
    WebhookSubscriptionScenario(PagerDutyClient pd, Consumer<String> disable) {
        this.pd = pd;
        this.disable = disable;
    }

    void run() {
        String service = AcmeServices.create(pd, "Kaede Core DB", "taro@example.com");
        String team = pd.teams().create(TeamWrite.named("Kaede Team", null)).id();
        WebhookSubscriptionDto tickets = pd.webhookSubscriptions().create(WebhookSubscriptionDto.create(
                "Kaede ticketing", DeliveryMethodDto.http("https://tickets.kaede.example/pd",
                        List.of(new CustomHeaderDto("X-Api-Key", "from-the-environment"))),
                List.of("incident.triggered", "incident.resolved"), Reference.to("service", service), true));
        assertThat(tickets.deliveryMethod().customHeaders()).extracting(CustomHeaderDto::name).containsExactly("X-Api-Key");
        String chat = pd.webhookSubscriptions().create(WebhookSubscriptionDto.create("Kaede chat",
                DeliveryMethodDto.http("https://chat.kaede.example/hook", List.of()), List.of("incident.triggered"),
                Reference.to("team", team), null)).id();
        String audit = pd.webhookSubscriptions().create(WebhookSubscriptionDto.create("Audit",
                DeliveryMethodDto.http("https://audit.example/hook", null), List.of("service.created"),
                new Reference(null, "account_reference", null), false)).id();

        pd.webhookSubscriptions().update(tickets.id(),
                WebhookSubscriptionDto.update(null, List.of("incident.triggered"), null, false));
        WebhookSubscriptionDto read = pd.webhookSubscriptions().get(tickets.id());
        assertThat(read.events()).containsExactly("incident.triggered");
        assertThat(read.active()).isFalse();
        assertThat(read.deliveryMethod().url()).isEqualTo("https://tickets.kaede.example/pd");
        assertThat(pd.webhookSubscriptions().findByName("Kaede ticketing")).extracting(WebhookSubscriptionDto::id)
                .containsExactly(tickets.id());
        assertThatThrownBy(() -> pd.webhookSubscriptions().create(WebhookSubscriptionDto.create("Nowhere",
                DeliveryMethodDto.http("https://x.example", null), List.of("incident.triggered"),
                Reference.to("service", "PNOSUCH"), null)))
                .isInstanceOf(PagerDutyException.class).hasMessageContaining("HTTP 400");

        pd.webhookSubscriptions().ping(tickets.id());
        disable.accept(chat);
        assertThat(pd.webhookSubscriptions().get(chat).deliveryMethod().temporarilyDisabled()).isTrue();
        assertThat(pd.webhookSubscriptions().list()).filteredOn(listed -> listed.id().equals(chat)).singleElement()
                .satisfies(listed -> assertThat(listed.deliveryMethod().temporarilyDisabled()).isTrue());
        for (String id : List.of(chat, chat, tickets.id())) {
            assertThat(pd.webhookSubscriptions().enable(id).deliveryMethod().temporarilyDisabled()).isFalse();
        }
        assertThat(pd.webhookSubscriptions().get(chat).deliveryMethod().temporarilyDisabled()).isFalse();
        oauthClients(service);
        for (String id : List.of(tickets.id(), chat, audit)) {
            pd.webhookSubscriptions().delete(id);
        }
        assertThat(pd.webhookSubscriptions().list()).isEmpty();
        assertThatThrownBy(() -> pd.webhookSubscriptions().get(audit)).isInstanceOf(PagerDutyException.class)
                .hasMessageContaining("HTTP 404");
        pd.teams().delete(team);
    }

    /**
     * An OAuth client made, listed, read and renamed; a subscription that names it and reads it back by that name; and
     * the client's delete, which takes it off the subscription.
     */
    private void oauthClients(String service) {
        OAuthClientDto client = pd.oauthClients().create(OAuthClientWrite.clientCredentials("Kaede ITSM",
                "pagerduty", CLIENT_SECRET, "incidents.write", "https://itsm.kaede.example/oauth/token"));
        assertThat(client.status()).isEqualTo("active");
        assertThat(pd.oauthClients().list()).extracting(OAuthClientDto::id).containsExactly(client.id());
        pd.oauthClients().update(client.id(), new OAuthClientWrite("Kaede ITSM (prod)", null, null, null, null, null));
        assertThat(pd.oauthClients().get(client.id()).name()).isEqualTo("Kaede ITSM (prod)");
        WebhookSubscriptionDto itsm = pd.webhookSubscriptions().create(WebhookSubscriptionDto.create("Kaede ITSM",
                DeliveryMethodDto.http("https://itsm.kaede.example/pd", null), List.of("incident.triggered"),
                Reference.to("service", service), true).withOAuthClientId(client.id()));
        assertThat(pd.webhookSubscriptions().get(itsm.id()).oauthClient()).satisfies(reference -> {
            assertThat(reference.id()).isEqualTo(client.id());
            assertThat(reference.summary()).isEqualTo("Kaede ITSM (prod)");
        });

        pd.oauthClients().delete(client.id());

        assertThat(pd.webhookSubscriptions().get(itsm.id()).oauthClient()).isNull();
        assertThat(pd.oauthClients().list()).isEmpty();
        assertThatThrownBy(() -> pd.oauthClients().get(client.id())).isInstanceOf(PagerDutyException.class)
                .hasMessageContaining("HTTP 404").hasMessageNotContaining(CLIENT_SECRET);
        pd.webhookSubscriptions().delete(itsm.id());
    }
}
