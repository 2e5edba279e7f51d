package io.pdgitops.load;

import io.pdgitops.model.CustomHeader;
import io.pdgitops.model.Origin;
import io.pdgitops.model.WebhookFilter;
import io.pdgitops.model.WebhookSubscription;

/** Builds a {@link WebhookSubscription} from a schema-valid WebhookSubscription document. */
final class WebhookSubscriptionMapper {

    private WebhookSubscriptionMapper() {
    }

    static WebhookSubscription map(Fields fields, Origin origin) {
        return new WebhookSubscription(
                fields.text("name"),
                fields.text("url"),
                fields.textList("events"),
                filter(fields.optionalObject("filter").orElseThrow()),
                fields.optionalBoolean("active"),
                fields.optionalObjects("custom_headers").map(headers -> headers.stream()
                        .map(header -> new CustomHeader(header.text("name"), header.text("value_from_env")))
                        .toList()),
                fields.optionalText("oauth_client"),
                false,
                origin);
    }

    /** The schema allows exactly one of {@code service}, {@code team} and {@code account: true}. */
    private static WebhookFilter filter(Fields filter) {
        if (filter.has("service")) {
            return WebhookFilter.service(filter.text("service"));
        }
        if (filter.has("team")) {
            return WebhookFilter.team(filter.text("team"));
        }
        return WebhookFilter.account();
    }
}
