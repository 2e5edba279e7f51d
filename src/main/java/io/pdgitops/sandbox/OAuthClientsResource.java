package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;

/**
 * {@code /webhook_subscriptions/oauth_clients}: the OAuth clients webhook subscriptions may authenticate their
 * deliveries with. As PagerDuty: at most ten an account, a list without paging, a create that answers 201, a partial
 * update, and a delete that takes the client off every subscription using it. The client secret is required on create
 * and kept nowhere, as no answer ever carries it.
 */
final class OAuthClientsResource {

    static final String PATH = "/webhook_subscriptions/oauth_clients";
    static final int MAX_CLIENTS = 10;
    private static final List<String> TEXT_FIELDS = List.of("name", "client_id", "scope", "token_url");
    private static final Set<String> REQUIRED = Set.of("name", "client_id", "client_secret", "token_url", "grant_type");

    private final Context context;

    OAuthClientsResource(Context context) {
        this.context = context;
    }

    /** Registered before {@code /webhook_subscriptions/{id}}, which would take {@code oauth_clients} for an id. */
    void register(Routes routes) {
        routes.add("GET", PATH, call -> {
            ArrayNode clients = Json.array();
            context.state().all(Kind.OAUTH_CLIENTS).values().forEach(clients::add);
            return RouteReply.ok(Json.wrap("oauth_clients", clients));
        })
                .add("POST", PATH, this::create)
                .add("GET", PATH + "/{id}", call -> RouteReply.ok(wrap(stored(call.id()))))
                .add("PUT", PATH + "/{id}", this::update)
                .add("DELETE", PATH + "/{id}", this::delete);
    }

    /** The reference a subscription carries: PagerDuty sums a client up by its name. */
    ObjectNode reference(String id) {
        ObjectNode client = context.state().find(Kind.OAUTH_CLIENTS, id)
                .orElseThrow(() -> PagerDutyError.invalid("Oauth client id must name an existing OAuth client"));
        return Json.object().put("id", id).put("type", "oauth_client_reference")
                .put("summary", client.path("name").asText());
    }

    private RouteReply create(Call call) {
        ObjectNode body = Json.unwrap(call.request().body(), "oauth_client");
        for (String field : REQUIRED) {
            Checks.requiredText(body, field);
        }
        if (context.state().all(Kind.OAUTH_CLIENTS).size() >= MAX_CLIENTS) {
            throw PagerDutyError.invalid("An account may have at most " + MAX_CLIENTS + " OAuth clients");
        }
        ObjectNode client = Json.object();
        client.put("id", context.state().newId());
        client.put("type", "oauth_client");
        client.putNull("scope");
        client.put("status", "active");
        return RouteReply.created(wrap(save(client, body)));
    }

    private RouteReply update(Call call) {
        ObjectNode body = Json.unwrap(call.request().body(), "oauth_client");
        return RouteReply.ok(wrap(save(stored(call.id()).deepCopy(), body)));
    }

    /** Takes the client off the subscriptions that use it, as PagerDuty's delete does. */
    private RouteReply delete(Call call) {
        context.state().delete(Kind.OAUTH_CLIENTS, call.id());
        for (ObjectNode subscription : context.state().matching(Kind.WEBHOOK_SUBSCRIPTIONS,
                subscription -> subscription.path("oauth_client").path("id").asText().equals(call.id()))) {
            ObjectNode without = subscription.deepCopy();
            without.remove("oauth_client");
            context.state().put(Kind.WEBHOOK_SUBSCRIPTIONS, without.path("id").asText(), without);
        }
        return RouteReply.noContent();
    }

    /** The writable fields of {@code body} on {@code client}; the secret is checked, never kept. */
    private ObjectNode save(ObjectNode client, ObjectNode body) {
        for (String field : TEXT_FIELDS) {
            JsonNode value = body.get(field);
            if (value != null) {
                if (!value.isNull() && !field.equals("scope")) {
                    Checks.requiredText(body, field);
                }
                Checks.maxLength(body, field, 255);
                client.set(field, value);
            }
        }
        Checks.maxLength(body, "client_secret", 255);
        Checks.oneOf(body, "grant_type", Set.of("client_credentials"));
        client.put("grant_type", "client_credentials");
        if (!isHttpsUrl(client.path("token_url").asText())) {
            throw PagerDutyError.invalid("Token url must be an https URL");
        }
        context.state().put(Kind.OAUTH_CLIENTS, client.path("id").asText(), client);
        return client;
    }

    private ObjectNode stored(String id) {
        return context.state().require(Kind.OAUTH_CLIENTS, id);
    }

    private static ObjectNode wrap(ObjectNode client) {
        return Json.wrap("oauth_client", client);
    }

    private static boolean isHttpsUrl(String url) {
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
