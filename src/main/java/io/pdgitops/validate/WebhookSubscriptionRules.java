package io.pdgitops.validate;

import io.pdgitops.model.CustomHeader;
import io.pdgitops.model.FieldPath;
import io.pdgitops.model.WebhookSubscription;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the schema cannot say about webhook subscriptions: PagerDuty requires the custom header names of one
 * subscription to be unique, and HTTP compares header names without case, so {@code X-Key} and {@code x-key} are one
 * header twice.
 */
final class WebhookSubscriptionRules {

    private WebhookSubscriptionRules() {
    }

    static void check(List<WebhookSubscription> subscriptions, List<Violation> violations) {
        for (WebhookSubscription subscription : subscriptions) {
            List<CustomHeader> headers = subscription.customHeaders().orElse(List.of());
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < headers.size(); i++) {
                if (!seen.add(headers.get(i).name().toLowerCase(Locale.ROOT))) {
                    violations.add(Violation.error(ViolationCode.DUPLICATE_HEADER,
                            subscription.origin().locationOf(FieldPath.of("custom_headers", i, "name")),
                            "custom header `" + headers.get(i).name() + "` is declared twice in WebhookSubscription `"
                                    + subscription.name() + "`"));
                }
            }
        }
    }
}
