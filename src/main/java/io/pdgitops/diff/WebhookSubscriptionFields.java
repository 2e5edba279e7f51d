package io.pdgitops.diff;

import io.pdgitops.model.CustomHeader;
import io.pdgitops.model.WebhookFilter;
import io.pdgitops.model.WebhookSubscription;

/**
 * Flattens a webhook subscription: URL, events (a set: PagerDuty keeps no order among them), filter, and active and
 * the custom headers when declared. Custom headers compare by name only, ignoring case: PagerDuty reads their values
 * back redacted, so a changed value cannot be seen, and a value never enters a plan.
 */
final class WebhookSubscriptionFields {

    private WebhookSubscriptionFields() {
    }

    static FlatFields of(FlatFields fields, WebhookSubscription subscription) {
        return fields.put("url", Values.text(subscription.url()))
                .put("events", Values.nameSet(subscription.events()))
                .put("filter", filter(subscription.filter()))
                .putIfPresent("active", subscription.active(), active -> FlatValue.plain(active.toString()))
                .putIfPresent("custom_headers", subscription.customHeaders(),
                        headers -> Values.nameSet(headers.stream().map(CustomHeader::name).toList()));
    }

    private static FlatValue filter(WebhookFilter filter) {
        return FlatValue.of(filter.display(), filter.display());
    }
}
