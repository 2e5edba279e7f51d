package io.pdgitops.pagerduty.dto;

import java.util.List;

/**
 * A v3 webhook subscription, as read and as written: null fields are not sent, so an update that leaves out
 * {@code deliveryMethod} (PagerDuty cannot change it) sends only what it changes. The signing secret that a create's
 * answer carries has no field here: it is dropped while the answer is read, so nothing downstream can hold it.
 *
 * @param description the subscription's name in pd-gitops
 * @param filter {@code {type: service_reference|team_reference|account_reference, id}}
 * @param oauthClientId written only: the OAuth client to authenticate deliveries with
 * @param oauthClient read only: that client, summed up by its name
 */
@PagerDutyObject
public record WebhookSubscriptionDto(
        String id,
        String type,
        String description,
        DeliveryMethodDto deliveryMethod,
        List<String> events,
        Reference filter,
        Boolean active,
        String oauthClientId,
        Reference oauthClient) {

    public WebhookSubscriptionDto {
        events = events == null ? null : List.copyOf(events);
    }

    /** A subscription as read, without an OAuth client. */
    public WebhookSubscriptionDto(String id, String type, String description, DeliveryMethodDto deliveryMethod,
            List<String> events, Reference filter, Boolean active) {
        this(id, type, description, deliveryMethod, events, filter, active, null, null);
    }

    /** This body, naming the OAuth client by its id ({@code null} sends none and so changes none). */
    public WebhookSubscriptionDto withOAuthClientId(String clientId) {
        return new WebhookSubscriptionDto(id, type, description, deliveryMethod, events, filter, active, clientId,
                oauthClient);
    }

    /** A create body: PagerDuty requires the type, delivery method, events and filter. */
    public static WebhookSubscriptionDto create(String description, DeliveryMethodDto deliveryMethod,
            List<String> events, Reference filter, Boolean active) {
        return new WebhookSubscriptionDto(null, "webhook_subscription", description, deliveryMethod, events, filter,
                active);
    }

    /** An update body: PagerDuty's update has no delivery method. */
    public static WebhookSubscriptionDto update(String description, List<String> events, Reference filter,
            Boolean active) {
        return new WebhookSubscriptionDto(null, null, description, null, events, filter, active);
    }
}
