package io.pdgitops.write;

import io.pdgitops.model.WebhookSubscription;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link WebhookSubscription} as the fields of its YAML document; custom headers by name and variable only. */
final class WebhookSubscriptionDocument {

    private WebhookSubscriptionDocument() {
    }

    static Map<String, Object> of(WebhookSubscription subscription) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put(subscription.filter().scope().yamlName(), subscription.filter().name().<Object>map(name -> name).orElse(true));
        return DocumentFields.of("WebhookSubscription", subscription.name())
                .put("url", subscription.url())
                .put("events", subscription.events())
                .put("filter", filter)
                .putIfPresent("active", subscription.active())
                .putIfPresent("custom_headers", subscription.customHeaders().map(headers -> headers.stream()
                        .map(header -> {
                            Map<String, Object> fields = new LinkedHashMap<>();
                            fields.put("name", header.name());
                            fields.put("value_from_env", header.valueFromEnv());
                            return fields;
                        }).toList()))
                .putIfPresent("oauth_client", subscription.oauthClient())
                .map();
    }
}
