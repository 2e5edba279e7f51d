package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.WebhookSubscriptionDto;
import java.util.List;

/**
 * {@code /webhook_subscriptions} (v3 webhooks). A subscription has no name: its {@code description} stands for one,
 * and PagerDuty has no filter on it, so a look-up reads the list (a page per hundred) and compares here. A create's
 * answer carries the signing secret once; {@link WebhookSubscriptionDto} has no field for it.
 */
public final class WebhookSubscriptionsApi extends NamedResourceApi<WebhookSubscriptionDto, WebhookSubscriptionDto> {

    WebhookSubscriptionsApi(Entities entities) {
        super(entities, new Kind<>("/webhook_subscriptions", "webhook_subscription", "webhook_subscriptions",
                WebhookSubscriptionDto.class, WebhookSubscriptionDto::id, WebhookSubscriptionDto::description,
                Query.none(), Query.none()));
    }

    @Override
    public List<WebhookSubscriptionDto> findByName(String description) {
        return list().stream().filter(subscription -> description.equals(subscription.description())).toList();
    }

    /** Turns deliveries back on after PagerDuty disabled them for a URL that kept refusing; harmless twice. */
    public WebhookSubscriptionDto enable(String id) {
        return entities.action(ApiPath.of("/webhook_subscriptions/{id}/enable", id), "webhook_subscription",
                WebhookSubscriptionDto.class);
    }

    /** Asks PagerDuty to deliver a {@code pagey.ping} event to the subscription's URL. */
    public void ping(String id) {
        entities.post(ApiPath.of("/webhook_subscriptions/{id}/ping", id), null);
    }
}
