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
 */
public record WebhookSubscription(
        String name,
        String url,
        List<String> events,
        WebhookFilter filter,
        Optional<Boolean> active,
        Optional<List<CustomHeader>> customHeaders,
        Origin origin) implements DeclaredObject {

    public WebhookSubscription {
        events = List.copyOf(events);
        customHeaders = customHeaders.map(List::copyOf);
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
