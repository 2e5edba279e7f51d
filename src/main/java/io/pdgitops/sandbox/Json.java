package io.pdgitops.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Jackson trees: the sandbox keeps objects as trees so that fields it does not model survive. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            return node == null ? MAPPER.missingNode() : node;
        } catch (IOException e) {
            throw PagerDutyError.invalid("The request body is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    /** The object under {@code wrapper} in a request body, e.g. {@code {"service": {...}}}. */
    static ObjectNode unwrap(byte[] body, String wrapper) {
        JsonNode root = parse(body);
        JsonNode inner = root.path(wrapper);
        if (!inner.isObject()) {
            throw PagerDutyError.invalid("The request body must be an object with a '" + wrapper + "' object");
        }
        return (ObjectNode) inner;
    }

    static ObjectNode wrap(String wrapper, JsonNode value) {
        ObjectNode root = object();
        root.set(wrapper, value);
        return root;
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? Optional.empty() : Optional.of(value.asText());
    }

    static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(list::add);
        }
        return list;
    }

    /** A copy of {@code body} without the fields the client may not set. */
    static ObjectNode without(ObjectNode body, Set<String> readOnly) {
        ObjectNode copy = body.deepCopy();
        copy.remove(readOnly);
        return copy;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
