package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a JSON answer with a response schema of the OpenAPI spec, loosely: every property the
 * schema requires is present, and values of properties with an {@code enum} are among its values.
 * Extra properties are allowed (PagerDuty sends fields its spec does not list).
 */
final class SpecShapes {

    private final JsonNode spec;

    SpecShapes(JsonNode spec) {
        this.spec = spec;
    }

    List<String> problems(JsonNode schema, JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(schema, value, "$", problems, 0);
        return problems;
    }

    private void check(JsonNode schema, JsonNode value, String where, List<String> problems, int depth) {
        if (depth > 12 || schema == null || schema.isMissingNode() || value == null || value.isNull()) {
            return;
        }
        schema = resolve(schema);
        for (JsonNode part : schema.path("allOf")) {
            check(part, value, where, problems, depth + 1);
        }
        if (schema.has("enum") && value.isValueNode()) {
            boolean known = false;
            for (JsonNode allowed : schema.get("enum")) {
                known |= allowed.asText().equals(value.asText());
            }
            if (!known) {
                problems.add(where + ": '" + value.asText() + "' is not one of " + schema.get("enum"));
            }
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    problems.add(where + ": missing required '" + required.asText() + "'");
                }
            }
            schema.path("properties").fields().forEachRemaining(property ->
                    check(property.getValue(), value.get(property.getKey()), where + "." + property.getKey(), problems, depth + 1));
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), where + "[" + i + "]", problems, depth + 1);
            }
        }
    }

    JsonNode resolve(JsonNode schema) {
        int hops = 0;
        while (schema.has("$ref") && hops++ < 20) {
            String pointer = schema.get("$ref").asText().substring(1);
            schema = spec.at(pointer.replace("~1", "/").isEmpty() ? "" : pointer);
        }
        return schema;
    }
}
