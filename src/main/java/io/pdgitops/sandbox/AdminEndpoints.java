package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /sandbox-admin}: not part of PagerDuty's API. {@code GET|PUT /faults} reads or replaces the
 * injected faults, {@code POST /reset} returns to the seed, {@code GET /stats} counts requests, {@code GET /events}
 * lists the Events API events accepted, {@code POST /webhook_subscriptions/{id}/disable} marks a subscription
 * {@code temporarily_disabled} as PagerDuty does after deliveries kept failing (the sandbox delivers nothing).
 */
final class AdminEndpoints {

    private static final Pattern DISABLE_WEBHOOK = Pattern.compile("POST /webhook_subscriptions/([^/]+)/disable");

    private final Sandbox sandbox;

    AdminEndpoints(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    SandboxResponse handle(SandboxRequest request) {
        String path = request.path().substring(Sandbox.ADMIN_PREFIX.length());
        String route = request.method() + " " + path;
        Matcher disable = DISABLE_WEBHOOK.matcher(route);
        if (disable.matches()) {
            return disableWebhook(disable.group(1));
        }
        try {
            return switch (route) {
                case "GET /faults" -> json(200, Json.MAPPER.valueToTree(sandbox.faults()));
                case "PUT /faults" -> {
                    sandbox.configureFaults(parseFaults(request.body()));
                    yield json(200, Json.MAPPER.valueToTree(sandbox.faults()));
                }
                case "POST /reset" -> {
                    sandbox.reset();
                    yield new SandboxResponse(204, Map.of(), new byte[0], false);
                }
                case "GET /stats" -> json(200, sandbox.statsJson());
                case "GET /events" -> json(200, Json.wrap("events", sandbox.eventsJson()));
                default -> json(404, message("No such sandbox administration endpoint: " + route));
            };
        } catch (IllegalArgumentException e) {
            return json(400, message(e.getMessage()));
        } catch (PagerDutyError e) {
            return json(400, message(String.join("; ", e.errors())));
        }
    }

    private SandboxResponse disableWebhook(String id) {
        try {
            return json(200, Json.wrap("webhook_subscription", sandbox.disableWebhookSubscription(id)));
        } catch (PagerDutyError e) {
            return json(e.status(), message(e.getMessage()));
        }
    }

    /** Fields left out keep the value they have now. */
    private Faults parseFaults(byte[] body) {
        JsonNode given = Json.parse(body);
        if (!given.isObject()) {
            throw new IllegalArgumentException("The body must be a JSON object of fault settings");
        }
        ObjectNode merged = Json.MAPPER.valueToTree(sandbox.faults());
        given.fieldNames().forEachRemaining(field -> {
            if (!merged.has(field)) {
                throw new IllegalArgumentException("Unknown fault setting '" + field + "'; known: " + merged.properties()
                        .stream().map(Map.Entry::getKey).toList());
            }
        });
        merged.setAll((ObjectNode) given);
        try {
            return Json.MAPPER.treeToValue(merged, Faults.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Invalid fault settings: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode message(String text) {
        return Json.wrap("error", Json.object().put("message", text));
    }

    private static SandboxResponse json(int status, JsonNode body) {
        return new SandboxResponse(status, Map.of("Content-Type", "application/json"), Json.bytes(body), false);
    }
}
