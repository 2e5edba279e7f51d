package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.OAuthClientDto;
import io.pdgitops.pagerduty.dto.OAuthClientWrite;
import java.util.List;

/**
 * {@code /webhook_subscriptions/oauth_clients}: at most ten an account, listed without paging. Every call needs an
 * admin or owner key. pd-gitops only reads them, to name a subscription's client; making one takes its client secret,
 * which belongs in PagerDuty's UI, not in Git.
 */
public final class OAuthClientsApi {

    private static final String PATH = "/webhook_subscriptions/oauth_clients";

    private final Entities entities;

    OAuthClientsApi(Entities entities) {
        this.entities = entities;
    }

    public List<OAuthClientDto> list() {
        return entities.getList(ApiPath.of(PATH), Query.none(), "oauth_clients", OAuthClientDto.class);
    }

    public OAuthClientDto get(String id) {
        return entities.get(ApiPath.of(PATH + "/{id}", id), Query.none(), "oauth_client", OAuthClientDto.class);
    }

    public OAuthClientDto create(OAuthClientWrite client) {
        return entities.create(ApiPath.of(PATH), Query.none(), "oauth_client", client, OAuthClientDto.class);
    }

    public OAuthClientDto update(String id, OAuthClientWrite changes) {
        return entities.update(ApiPath.of(PATH + "/{id}", id), Query.none(), "oauth_client", changes,
                OAuthClientDto.class);
    }

    public void delete(String id) {
        entities.delete(ApiPath.of(PATH + "/{id}", id), Query.none());
    }
}
