package io.pdgitops.apply;

import io.pdgitops.pagerduty.OAuthClientsApi;
import io.pdgitops.pagerduty.dto.OAuthClientDto;
import java.util.List;

/**
 * The id of the OAuth client a subscription names: the clients are made in PagerDuty (each holds a secret Git must
 * not), so a declared name must match exactly one of them. A step fails with the names there are otherwise.
 */
final class OAuthClientLookup {

    private OAuthClientLookup() {
    }

    static String id(OAuthClientsApi clients, String subscription, String name) {
        List<OAuthClientDto> all = clients.list();
        List<OAuthClientDto> named = all.stream().filter(client -> name.equals(client.name())).toList();
        if (named.size() != 1) {
            throw new IllegalStateException("WebhookSubscription `" + subscription + "`: PagerDuty has "
                    + (named.isEmpty() ? "no" : named.size()) + " OAuth client named `" + name + "` (it has: "
                    + String.join(", ", all.stream().map(client -> "`" + client.name() + "`").sorted().toList())
                    + "); make it in PagerDuty's UI, or name the one there is");
        }
        return named.get(0).id();
    }
}
