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
        Iterator<Map.Entry<String, JsonNode>> fields = ifNode.path("properties").fields();
        if (!fields.hasNext()) {
            return "";
        }
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode test = field.getValue();
        if (test.has("const")) {
            return "`" + field.getKey() + "` is `" + test.get("const").asText() + "`";
        }
        List<String> values = new ArrayList<>();
        test.path("enum").forEach(value -> values.add("`" + value.asText() + "`"));
        return values.isEmpty() ? "" : "`" + field.getKey() + "` is " + String.join(" or ", values);
    }
}
