package io.pdgitops.model;

import java.util.List;
import java.util.Optional;

/**
 * A declared v3 webhook subscription: PagerDuty sends the {@code events} of the incidents that {@code filter} scopes
 * to {@code url}. PagerDuty gives a subscription no name, so its {@code description} is the name pd-gitops matches
 * on, as it does for maintenance windows.
 *
 * <p>The signing secret PagerDuty makes on create is not part of the model: pd-gitops never keeps or shows it.
 *
 * @param name PagerDuty's {@code description}; identity of the subscription
 * @param url where PagerDuty delivers (its {@code delivery_method.url})
 * @param events the outbound event types, e.g. {@code incident.triggered}
 * @param active whether PagerDuty sends anything; empty when not managed
 * @param customHeaders headers PagerDuty adds to every delivery, names and where their values come from; empty when
 *     not managed, a present empty list sends none
 * @param oauthClient the name of the OAuth client PagerDuty authenticates deliveries with, one made in PagerDuty (its
 *     secret stays there); empty when not managed. A live subscription without one holds an empty name
 * @param temporarilyDisabled PagerDuty's {@code delivery_method.temporarily_disabled}: set by PagerDuty, never
 *     declared, after the URL kept refusing deliveries; it then sends nothing until the subscription is enabled. A
 *     declared subscription is always wanted delivering, so this is false on every declared one and only a live
 *     subscription can hold true
 */
public record WebhookSubscription(
        String name,
        String url,
        List<String> events,
        WebhookFilter filter,
        Optional<Boolean> active,
        Optional<List<CustomHeader>> customHeaders,
        Optional<String> oauthClient,
        boolean temporarilyDisabled,
        Origin origin) implements DeclaredObject {

    public WebhookSubscription {
        events = List.copyOf(events);
        customHeaders = customHeaders.map(List::copyOf);
    }

    /** A subscription without a managed OAuth client that delivers, as most declared ones. */
    public WebhookSubscription(String name, String url, List<String> events, WebhookFilter filter,
            Optional<Boolean> active, Optional<List<CustomHeader>> customHeaders, Origin origin) {
        this(name, url, events, filter, active, customHeaders, Optional.empty(), false, origin);
    }

    /** A subscription without a managed OAuth client, delivering or disabled by PagerDuty. */
    public WebhookSubscription(String name, String url, List<String> events, WebhookFilter filter,
            Optional<Boolean> active, Optional<List<CustomHeader>> customHeaders, boolean temporarilyDisabled,
            Origin origin) {
        this(name, url, events, filter, active, customHeaders, Optional.empty(), temporarilyDisabled, origin);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.WEBHOOK_SUBSCRIPTION;
    }

    /** Always empty: the subscription's PagerDuty description is its {@link #name()}. */
    @Override
    public Optional<String> description() {
        return Optional.empty();
    }
}
