package io.pdgitops.diff;

import io.pdgitops.model.CustomHeader;
import io.pdgitops.model.WebhookFilter;
import io.pdgitops.model.WebhookSubscription;
import java.util.List;

/**
 * Flattens a webhook subscription: URL, events (a set: PagerDuty keeps no order among them), filter, and active and
 * the custom headers when declared. Custom headers compare by name only, ignoring case: PagerDuty reads their values
 * back redacted, so a changed value cannot be seen, and a value never enters a plan.
 *
 * <p>A subscription PagerDuty disabled after repeated failed deliveries ({@link #TEMPORARILY_DISABLED}) is a
 * difference too, though no YAML field declares it: a declared subscription exists to deliver, and one that silently
 * stopped is what a plan and a drift report are for.
 */
public final class WebhookSubscriptionFields {

    /** PagerDuty's name of the flag, the path of its change: no YAML field has it. */
    public static final String TEMPORARILY_DISABLED = "delivery_method.temporarily_disabled";

    private WebhookSubscriptionFields() {
    }

    static FlatFields of(FlatFields fields, WebhookSubscription subscription) {
        return fields.put("url", Values.text(subscription.url()))
                .put("events", Values.nameSet(subscription.events()))
                .put("filter", filter(subscription.filter()))
                .putIfPresent("active", subscription.active(), active -> FlatValue.plain(active.toString()))
                .putIfPresent("custom_headers", subscription.customHeaders(),
                        headers -> Values.nameSet(headers.stream().map(CustomHeader::name).toList()))
                .putIfPresent("oauth_client", subscription.oauthClient(), Values::text);
    }

    /** Turning deliveries back on, when PagerDuty turned them off: nothing otherwise. */
    static List<FieldChange> reenabled(WebhookSubscription live) {
        return live.temporarilyDisabled() ? List.of(FieldChange.of(TEMPORARILY_DISABLED, "false", "true")) : List.of();
    }

    private static FlatValue filter(WebhookFilter filter) {
        return FlatValue.of(filter.display(), filter.display());
    }
}
