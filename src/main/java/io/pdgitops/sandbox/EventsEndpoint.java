package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * PagerDuty's Events API v2 ({@code POST /v2/enqueue}), which monitoring tools and pd-gitops' own notifications use
 * to trigger and resolve alerts. It checks an event as PagerDuty documents it (a 32-character routing key, an event
 * action, a summary, source and severity for a trigger, a dedup key for acknowledge and resolve) and answers 202
 * with the dedup key, or 400 with the errors. Accepted events are kept, newest last, for {@code GET
 * /sandbox-admin/events}; no incident is opened (see KNOWN_DEVIATIONS.md).
 */
final class EventsEndpoint {

    static final String PATH = "/v2/enqueue";
    private static final int KEPT = 1000;
    private static final Set<String> ACTIONS = Set.of("trigger", "acknowledge", "resolve");
    private static final Set<String> SEVERITIES = Set.of("critical", "error", "warning", "info");

    private final Deque<JsonNode> accepted = new ArrayDeque<>();

    synchronized SandboxResponse enqueue(SandboxRequest request) {
        if (!request.method().equals("POST")) {
            return answer(405, invalid(List.of("Only POST is allowed on " + PATH)));
        }
        JsonNode event;
        try {
            event = Json.parse(request.body());
        } catch (RuntimeException e) {
            return answer(400, invalid(List.of("Event object is not valid JSON")));
        }
        List<String> errors = problems(event);
        if (!errors.isEmpty()) {
            return answer(400, invalid(errors));
        }
        ObjectNode kept = event.deepCopy();
        String dedupKey = text(event, "dedup_key").isBlank() ? UUID.randomUUID().toString().replace("-", "")
                : text(event, "dedup_key");
        kept.put("dedup_key", dedupKey);
        accepted.addLast(kept);
        while (accepted.size() > KEPT) {
            accepted.removeFirst();
        }
        return answer(202, Json.object().put("status", "success").put("message", "Event processed")
                .put("dedup_key", dedupKey));
    }

    /** The accepted events, oldest first. */
    synchronized ArrayNode events() {
        ArrayNode list = Json.MAPPER.createArrayNode();
        accepted.forEach(list::add);
        return list;
    }

    synchronized void clear() {
        accepted.clear();
    }

    private static List<String> problems(JsonNode event) {
        List<String> errors = new ArrayList<>();
        if (!event.isObject()) {
            return List.of("Event object is not a JSON object");
        }
        if (text(event, "routing_key").length() != 32) {
            errors.add("'routing_key' is missing or is not 32 characters");
        }
        String action = text(event, "event_action");
        if (!ACTIONS.contains(action)) {
            errors.add("'event_action' is missing or invalid; expected one of " + ACTIONS);
        }
        if (action.equals("trigger")) {
            JsonNode payload = event.path("payload");
            for (String field : List.of("summary", "source")) {
                if (text(payload, field).isBlank()) {
                    errors.add("'payload." + field + "' is missing or blank");
                }
            }
            if (text(payload, "summary").length() > 1024) {
                errors.add("'payload.summary' is longer than 1024 characters");
            }
            if (!SEVERITIES.contains(text(payload, "severity"))) {
                errors.add("'payload.severity' is missing or invalid; expected one of " + SEVERITIES);
            }
        } else if (ACTIONS.contains(action) && text(event, "dedup_key").isBlank()) {
            errors.add("'dedup_key' is required for " + action);
        }
        return errors;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : "";
    }

    private static ObjectNode invalid(List<String> errors) {
        ObjectNode body = Json.object().put("status", "invalid event").put("message", "Event object is invalid");
        errors.forEach(body.putArray("errors")::add);
        return body;
    }

    private static SandboxResponse answer(int status, JsonNode body) {
        return new SandboxResponse(status, Map.of("Content-Type", "application/json"), Json.bytes(body), false);
    }
}
