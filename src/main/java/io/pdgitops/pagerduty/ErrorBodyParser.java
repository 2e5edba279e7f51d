package io.pdgitops.pagerduty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads an error response leniently. PagerDuty documents {@code {"error":{"code","message","errors":[...]}}}, but
 * real responses also carry {@code errors} as a plain string or as an object keyed by field, {@code error} as an
 * array or a string, or no JSON at all (a proxy's HTML page, an empty 429).
 */
final class ErrorBodyParser {

    static final int MAX_TEXT_LENGTH = 200;

    private final ObjectMapper json;

    ErrorBodyParser(ObjectMapper json) {
        this.json = json;
    }

    /** @param fallbackMessage used when the body says nothing readable, e.g. "Service Unavailable" */
    ErrorBody parse(String body, String fallbackMessage) {
        if (body == null || body.isBlank()) {
            return new ErrorBody(null, fallbackMessage, List.of());
        }
        JsonNode root = readJson(body);
        if (root == null || !(root.isObject() || root.isArray())) {
            return new ErrorBody(null, fallbackMessage, List.of(plainText(body)));
        }
        Collected collected = new Collected();
        JsonNode error = root.isObject() && root.has("error") ? root.get("error") : root;
        collectError(error, collected);
        if (error != root && root.has("errors")) {
            collectDetails(root.get("errors"), "", collected.details);
        }
        String message = collected.message;
        if (message == null) {
            message = collected.details.isEmpty() ? fallbackMessage : collected.details.remove(0);
        }
        return new ErrorBody(collected.code, message, collected.details);
    }

    private JsonNode readJson(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static void collectError(JsonNode error, Collected collected) {
        if (error.isTextual()) {
            collected.offerMessage(error.asText());
        } else if (error.isArray()) {
            for (JsonNode element : error) {
                collectError(element, collected);
            }
        } else if (error.isObject()) {
            collected.offerCode(error.get("code"));
            JsonNode message = error.get("message");
            if (message != null && message.isTextual()) {
                collected.offerMessage(message.asText());
            }
            if (error.has("errors")) {
                collectDetails(error.get("errors"), "", collected.details);
            }
        }
    }

    private static void collectDetails(JsonNode errors, String field, List<String> into) {
        if (errors.isTextual() || errors.isNumber()) {
            into.add(field.isEmpty() ? errors.asText() : field + ": " + errors.asText());
        } else if (errors.isArray()) {
            for (JsonNode element : errors) {
                collectDetails(element, field, into);
            }
        } else if (errors.isObject() && errors.has("message")) {
            collectDetails(errors.get("message"), field, into);
        } else if (errors.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = errors.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                collectDetails(entry.getValue(), field.isEmpty() ? entry.getKey() : field + "." + entry.getKey(), into);
            }
        }
    }

    /** Tags stripped and whitespace collapsed, so that an HTML error page reads as one short line. */
    static String plainText(String body) {
        String text = body.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return text.length() <= MAX_TEXT_LENGTH ? text : text.substring(0, MAX_TEXT_LENGTH) + "...";
    }

    private static final class Collected {
        Integer code;
        String message;
        final List<String> details = new ArrayList<>();

        void offerCode(JsonNode node) {
            if (code != null || node == null) {
                return;
            }
            if (node.isIntegralNumber() && node.canConvertToInt()) {
                code = node.asInt();
            } else if (isDigits(node)) {
                code = Integer.valueOf(node.asText());
            }
        }

        void offerMessage(String text) {
            if (message == null) {
                message = text;
            } else {
                details.add(text);
            }
        }

        private static boolean isDigits(JsonNode node) {
            return node.isTextual() && node.asText().matches("\\d{1,9}");
        }
    }
}
