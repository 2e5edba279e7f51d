package io.pdgitops.live;

import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.CustomHeader;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.WebhookFilter;
import io.pdgitops.model.WebhookSubscription;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.dto.DeliveryMethodDto;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.WebhookSubscriptionDto;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The webhook subscriptions of an account: one paged list read ({@code GET /webhook_subscriptions}, a page per
 * hundred), made only when the repository declares a subscription or the last apply recorded one (prune must find
 * it). Custom headers come back with their values redacted, so the model holds their names only.
 */
public final class LiveWebhookSubscriptions {

    /** Stands for the environment variable of a header read from PagerDuty: the value is not readable. */
    public static final String UNREADABLE = "";

    private LiveWebhookSubscriptions() {
    }

    static LiveRecords read(PagerDutyClient client, LiveRecords records, DesiredState desired,
            Set<ResourceKind> recorded) {
        if (desired.webhookSubscriptions().isEmpty() && !recorded.contains(ResourceKind.WEBHOOK_SUBSCRIPTION)) {
            return records;
        }
        return records.withWebhooks(client.webhookSubscriptions().list());
    }

    /**
     * The subscriptions in the model; pure. A filter's service or team that the account does not list shows as its
     * id, so it differs from any declared name instead of matching by accident.
     *
     * @param serviceNames and {@code teamNames}: names by PagerDuty id
     */
    static List<LiveObject<WebhookSubscription>> map(List<WebhookSubscriptionDto> webhooks,
            Map<String, String> serviceNames, Map<String, String> teamNames) {
        return webhooks.stream()
                .map(live -> new LiveObject<>(live.id(), of(live, serviceNames, teamNames)))
                .toList();
    }

    public static WebhookSubscription of(WebhookSubscriptionDto live, Map<String, String> serviceNames,
            Map<String, String> teamNames) {
        DeliveryMethodDto delivery = live.deliveryMethod();
        List<CustomHeader> headers = delivery == null || delivery.customHeaders() == null ? List.of()
                : delivery.customHeaders().stream().map(header -> new CustomHeader(header.name(), UNREADABLE)).toList();
        return new WebhookSubscription(
                live.description() == null ? "" : live.description(),
                delivery == null || delivery.url() == null ? "" : delivery.url(),
                live.events() == null ? List.of() : live.events(),
                filter(live.filter(), serviceNames, teamNames),
                Optional.of(live.active() == null || live.active()),
                Optional.of(headers),
                Optional.of(oauthClient(live.oauthClient())),
                delivery != null && Boolean.TRUE.equals(delivery.temporarilyDisabled()),
                NameBook.PAGERDUTY);
    }

    /**
     * PagerDuty sums an OAuth client up by its name, so the subscription's own read names it, without the list of
     * clients (which only an admin key may read); an unnamed one shows as its id, no client at all as empty.
     */
    private static String oauthClient(Reference client) {
        if (client == null) {
            return "";
        }
        return client.summary() != null && !client.summary().isBlank() ? client.summary()
                : client.id() == null ? "" : client.id();
    }

    private static WebhookFilter filter(Reference filter, Map<String, String> serviceNames,
            Map<String, String> teamNames) {
        String type = filter == null || filter.type() == null ? "account_reference" : filter.type();
        return switch (type) {
            case "service_reference" -> WebhookFilter.service(nameOf(filter, serviceNames));
            case "team_reference" -> WebhookFilter.team(nameOf(filter, teamNames));
            default -> WebhookFilter.account();
        };
    }

    private static String nameOf(Reference filter, Map<String, String> names) {
        String id = filter.id() == null ? "" : filter.id();
        return names.getOrDefault(id, id);
    }
}
