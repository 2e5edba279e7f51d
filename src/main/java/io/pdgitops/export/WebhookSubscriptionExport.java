package io.pdgitops.export;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.WebhookSubscriptionFields;
import io.pdgitops.model.CustomHeader;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.WebhookFilter;
import io.pdgitops.model.WebhookSubscription;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Webhook subscriptions as an export writes them. PagerDuty reads custom header values back redacted, so each header
 * is written with a {@code value_from_env} placeholder (the variable to set before an apply that creates the
 * subscription again), never a value; the report names every placeholder. A subscription whose filter names a
 * service or team the export does not hold, or that has no description to be its name, is left out and reported.
 *
 * <p>A subscription PagerDuty disabled after failed deliveries is written as declared, without the flag: the flag is
 * PagerDuty's transient state, not configuration, and a repository that declares the subscription wants it to deliver.
 * The report says so, and the first plan of the export shows the enable that turns it back on.
 */
final class WebhookSubscriptionExport {

    private WebhookSubscriptionExport() {
    }

    /** The live subscription with a placeholder variable for each custom header, reported in {@code leftOut}. */
    static WebhookSubscription of(WebhookSubscription live, List<UnexpressedSetting> leftOut) {
        ResourceKey key = ResourceKey.of(ObjectKey.of(live));
        List<CustomHeader> headers = live.customHeaders().orElse(List.of()).stream()
                .map(header -> new CustomHeader(header.name(), placeholder(live.name(), header.name())))
                .toList();
        headers.forEach(header -> leftOut.add(new UnexpressedSetting(key, "custom_headers",
                "the value of `" + header.name() + "` is not readable (PagerDuty redacts it): exported as value_from_env: "
                        + header.valueFromEnv() + "; set that variable before an apply creates the subscription")));
        if (live.temporarilyDisabled()) {
            leftOut.add(new UnexpressedSetting(key, WebhookSubscriptionFields.TEMPORARILY_DISABLED, "true: PagerDuty"
                    + " stopped delivering after the URL kept refusing; exported as a subscription that delivers, so the"
                    + " first plan enables it (check the receiving system first)"));
        }
        return new WebhookSubscription(live.name(), live.url(), live.events(), live.filter(), live.active(),
                headers.isEmpty() ? Optional.empty() : Optional.of(headers),
                live.oauthClient().filter(client -> !client.isEmpty()), false, live.origin());
    }

    /** Leaves out the subscriptions that could not be applied from the export: no name, or a filter it lacks. */
    static void keepExported(Map<ObjectKey, DeclaredObject> candidates, List<UnexpressedSetting> leftOut) {
        for (Iterator<DeclaredObject> it = candidates.values().iterator(); it.hasNext(); ) {
            if (!(it.next() instanceof WebhookSubscription subscription)) {
                continue;
            }
            ResourceKey key = ResourceKey.of(ObjectKey.of(subscription));
            WebhookFilter filter = subscription.filter();
            ObjectKind kind = filter.scope() == WebhookFilter.Scope.TEAM ? ObjectKind.TEAM : ObjectKind.SERVICE;
            if (subscription.name().isBlank()) {
                it.remove();
                leftOut.add(new UnexpressedSetting(key, UnexpressedSetting.WHOLE_OBJECT,
                        "not exported: the subscription has no description, which pd-gitops names it by"));
            } else if (filter.name().filter(name -> !candidates.containsKey(new ObjectKey(kind, name))).isPresent()) {
                it.remove();
                leftOut.add(new UnexpressedSetting(key, UnexpressedSetting.WHOLE_OBJECT, "not exported: its filter "
                        + filter.display() + " is not exported itself"));
            }
        }
    }

    /** {@code PD_WEBHOOK_<SUBSCRIPTION>_<HEADER>}, upper case, other characters as underscores. */
    static String placeholder(String subscription, String header) {
        return "PD_WEBHOOK_" + slug(subscription) + "_" + slug(header);
    }

    private static String slug(String text) {
        String slug = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        return slug.isEmpty() ? "X" : slug;
    }
}
