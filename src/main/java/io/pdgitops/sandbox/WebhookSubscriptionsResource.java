package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /webhook_subscriptions} (v3 webhooks). As PagerDuty: a create answers 200 (the spec declares no 201) with
 * the signing secret, the only answer that ever carries it; custom header values read back as
 * {@code -- redacted --}; a PUT changes description, events, filter and active, never the delivery method; a filter
 * names a service or team that exists, or the account; an {@code oauth_client_id} names an OAuth client that exists
 * ({@link OAuthClientsResource}, served here too). The secret and the header values are kept nowhere.
 */
final class WebhookSubscriptionsResource {

    static final String REDACTED = "-- redacted --";
    private static final String OAUTH_CLIENT_ID = "oauth_client_id";
    private static final Set<String> WRITABLE = Set.of("description", "events", "filter", "active");
    private static final Set<String> FILTER_TYPES = Set.of("account_reference", "service_reference", "team_reference");
    private static final Map<String, Kind> FILTER_KINDS = Map.of(
            "service_reference", Kind.SERVICES, "team_reference", Kind.TEAMS);

    private final Context context;
    private final OAuthClientsResource oauthClients;

    WebhookSubscriptionsResource(Context context) {
        this.context = context;
        this.oauthClients = new OAuthClientsResource(context);
    }

    void register(Routes routes) {
        oauthClients.register(routes);
        routes.add("GET", "/webhook_subscriptions", this::list)
                .add("POST", "/webhook_subscriptions", this::create)
                .add("GET", "/webhook_subscriptions/{id}", call -> RouteReply.ok(wrap(stored(call))))
                .add("PUT", "/webhook_subscriptions/{id}", this::update)
                .add("DELETE", "/webhook_subscriptions/{id}", call -> {
                    context.state().delete(Kind.WEBHOOK_SUBSCRIPTIONS, call.id());
                    return RouteReply.noContent();
                })
                .add("POST", "/webhook_subscriptions/{id}/enable", this::enable)
                // A ping delivers pagey.ping to the URL; the sandbox makes no outbound calls, so it only accepts it.
                .add("POST", "/webhook_subscriptions/{id}/ping", call -> {
                    stored(call);
                    return new RouteReply(202, null);
                });
    }

    private RouteReply list(Call call) {
        String filterType = call.request().queryValue("filter_type").orElse(null);
        String filterId = call.request().queryValue("filter_id").orElse(null);
        if (filterType != null && !Set.of("account", "service", "team").contains(filterType)) {
            throw PagerDutyError.invalid("Filter type must be one of account, service, team");
        }
        if (filterType != null && !filterType.equals("account") && filterId == null) {
            throw PagerDutyError.invalid("Filter id is required for filter type " + filterType);
        }
        var matching = context.state().all(Kind.WEBHOOK_SUBSCRIPTIONS).values().stream()
                .filter(subscription -> filterType == null
                        || subscription.path("filter").path("type").asText().equals(filterType + "_reference")
                        && (filterId == null || filterType.equals("account")
                                || subscription.path("filter").path("id").asText().equals(filterId)))
                .sorted(Comparator.comparing((ObjectNode subscription) -> subscription.path("description").asText())
                        .thenComparing(subscription -> subscription.path("id").asText()))
                .toList();
        return RouteReply.ok(Paging.page(call.request(), "webhook_subscriptions", matching, subscription -> subscription));
    }

    private RouteReply create(Call call) {
        ObjectNode body = Json.unwrap(call.request().body(), "webhook_subscription");
        ObjectNode subscription = Json.object();
        subscription.put("id", context.state().newId());
        subscription.put("type", "webhook_subscription");
        subscription.put("active", true);
        subscription.putNull("description");
        subscription.setAll(Json.without(body, Set.of("id", "type", "delivery_method", "oauth_client",
                OAUTH_CLIENT_ID)));
        setOAuthClient(subscription, body);
        if (!"webhook_subscription".equals(body.path("type").asText("webhook_subscription"))) {
            throw PagerDutyError.invalid("Type must be webhook_subscription");
        }
        subscription.set("delivery_method", deliveryMethod(body.get("delivery_method")));
        validate(subscription);
        context.state().put(Kind.WEBHOOK_SUBSCRIPTIONS, subscription.path("id").asText(), subscription);
        ObjectNode answer = subscription.deepCopy();
        ((ObjectNode) answer.path("delivery_method")).put("secret", context.state().newSigningSecret());
        return RouteReply.ok(Json.wrap("webhook_subscription", answer));
    }

    private RouteReply update(Call call) {
        ObjectNode subscription = stored(call).deepCopy();
        ObjectNode changes = Json.unwrap(call.request().body(), "webhook_subscription");
        changes.fields().forEachRemaining(field -> {
            if (WRITABLE.contains(field.getKey())) {
                subscription.set(field.getKey(), field.getValue());
            }
        });
        setOAuthClient(subscription, changes);
        validate(subscription);
        context.state().put(Kind.WEBHOOK_SUBSCRIPTIONS, call.id(), subscription);
        return RouteReply.ok(wrap(subscription));
    }

    private RouteReply enable(Call call) {
        return RouteReply.ok(wrap(setTemporarilyDisabled(call.id(), false)));
    }

    /**
     * What PagerDuty does on its own after the URL kept refusing deliveries: it stops sending until the subscription
     * is enabled. The sandbox delivers nothing, so nothing fails; tests ask for this through the administration
     * endpoints instead.
     */
    ObjectNode disable(String id) {
        return setTemporarilyDisabled(id, true);
    }

    private ObjectNode setTemporarilyDisabled(String id, boolean disabled) {
        ObjectNode subscription = context.state().require(Kind.WEBHOOK_SUBSCRIPTIONS, id).deepCopy();
        ((ObjectNode) subscription.path("delivery_method")).put("temporarily_disabled", disabled);
        context.state().put(Kind.WEBHOOK_SUBSCRIPTIONS, id, subscription);
        return subscription;
    }

    /**
     * A subscription names its OAuth client by {@code oauth_client_id} and reads it back as {@code oauth_client}
     * (a reference summed up by the client's name); an explicit {@code null} takes it off, a body without the field
     * leaves it.
     */
    private void setOAuthClient(ObjectNode subscription, ObjectNode body) {
        JsonNode id = body.get(OAUTH_CLIENT_ID);
        if (id == null) {
            return;
        }
        if (id.isNull()) {
            subscription.remove("oauth_client");
        } else {
            subscription.set("oauth_client", oauthClients.reference(id.asText()));
        }
    }

    private ObjectNode stored(Call call) {
        return context.state().require(Kind.WEBHOOK_SUBSCRIPTIONS, call.id());
    }

    private static ObjectNode wrap(ObjectNode subscription) {
        return Json.wrap("webhook_subscription", subscription);
    }

    /** The stored delivery method: values of custom headers are replaced by the redaction PagerDuty reads back. */
    private ObjectNode deliveryMethod(JsonNode sent) {
        if (sent == null || !sent.isObject()) {
            throw PagerDutyError.invalid("Delivery method can't be blank");
        }
        if (!"http_delivery_method".equals(sent.path("type").asText("http_delivery_method"))) {
            throw PagerDutyError.invalid("Delivery method type must be http_delivery_method");
        }
        String url = Checks.requiredText(sent, "url");
        if (!isHttpUrl(url)) {
            throw PagerDutyError.invalid("Url is not a valid URL");
        }
        ObjectNode method = Json.object();
        method.put("id", context.state().newId());
        method.putNull("secret");
        method.put("temporarily_disabled", false);
        method.put("type", "http_delivery_method");
        method.put("url", url);
        ArrayNode headers = method.putArray("custom_headers");
        Set<String> names = new HashSet<>();
        for (JsonNode header : Json.elements(sent.path("custom_headers"))) {
            String name = Checks.requiredText(header, "name");
            Checks.requiredText(header, "value");
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw PagerDutyError.invalid("Custom header names must be unique");
            }
            headers.addObject().put("name", name).put("value", REDACTED);
        }
        return method;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void validate(ObjectNode subscription) {
        JsonNode events = subscription.path("events");
        if (!events.isArray() || events.isEmpty()) {
            throw PagerDutyError.invalid("Events can't be blank");
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode event : events) {
            if (!event.isTextual() || !seen.add(event.asText())) {
                throw PagerDutyError.invalid("Events must be distinct event type names");
            }
        }
        JsonNode filter = subscription.path("filter");
        String type = filter.path("type").asText("");
        if (!FILTER_TYPES.contains(type)) {
            throw PagerDutyError.invalid("Filter type must be one of " + String.join(", ", FILTER_TYPES.stream().sorted().toList()));
        }
        Kind kind = FILTER_KINDS.get(type);
        if (kind == null) {
            subscription.set("filter", Json.object().put("type", type));
        } else if (!filter.path("id").isTextual() || context.state().find(kind, filter.path("id").asText()).isEmpty()) {
            throw PagerDutyError.invalid("Filter id must name an existing " + type.replace("_reference", ""));
        } else {
            subscription.set("filter", Json.object().put("id", filter.path("id").asText()).put("type", type));
        }
        if (subscription.has("active") && !subscription.path("active").isBoolean()) {
            throw PagerDutyError.invalid("Active must be true or false");
        }
    }
}
