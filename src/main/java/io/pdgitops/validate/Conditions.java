package io.pdgitops.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Explains a rule that comes from an {@code if}/{@code then}/{@code else} in a schema, by reading the
 * {@code if} next to the branch that failed: "(required when `type` is `vendor`)".
 */
final class Conditions {

    private Conditions() {
    }

    /**
     * @param schemaLocation location of the failing keyword
     * @param required whether the branch demanded a field (true) or forbade one (false)
     * @return the explanation with a leading space, or nothing when the rule is unconditional
     */
    static String because(SchemaCatalog catalog, String schemaLocation, boolean required) {
        int thenAt = schemaLocation.lastIndexOf("/then/");
        int elseAt = schemaLocation.lastIndexOf("/else/");
        int branchAt = Math.max(thenAt, elseAt);
        if (branchAt < 0) {
            return "";
        }
        boolean inThen = thenAt > elseAt;
        String condition = condition(catalog.nodeAt(schemaLocation.substring(0, branchAt) + "/if"));
        if (condition.isEmpty()) {
            return "";
        }
        if (required) {
            return inThen ? " (required when " + condition + ")" : " (required unless " + condition + ")";
        }
        return inThen ? " (not allowed when " + condition + ")" : " (allowed only when " + condition + ")";
    }

    private static String condition(JsonNode ifNode) {
        return condition(ifNode, "");
    }

    /** Reads the first property test, following nested {@code properties} (e.g. {@code a.type is x}). */
    private static String condition(JsonNode test, String prefix) {
        Iterator<Map.Entry<String, JsonNode>> fields = test.path("properties").fields();
        if (!fields.hasNext()) {
            return "";
        }
        Map.Entry<String, JsonNode> field = fields.next();
        String name = prefix + field.getKey();
        JsonNode value = field.getValue();
        if (value.has("const")) {
            return "`" + name + "` is `" + value.get("const").asText() + "`";
        }
        if (value.has("properties")) {
            return condition(value, name + ".");
        }
        List<String> values = new ArrayList<>();
        value.path("enum").forEach(option -> values.add("`" + option.asText() + "`"));
        return values.isEmpty() ? "" : "`" + name + "` is " + String.join(" or ", values);
    }
}
