package io.pdgitops.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts a JSON tree to unmodifiable Java maps, lists and scalars, so the model can carry
 * PagerDuty-shaped structures without depending on Jackson or being mutable.
 */
final class PlainValues {

    private PlainValues() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> listOfMaps(JsonNode array) {
        List<Map<String, Object>> items = new ArrayList<>();
        array.forEach(item -> items.add((Map<String, Object>) of(item)));
        return Collections.unmodifiableList(items);
    }

    static Object of(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(entry -> map.put(entry.getKey(), of(entry.getValue())));
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(of(item)));
            return Collections.unmodifiableList(list);
        }
        if (node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        return node.isNumber() ? node.doubleValue() : node.asText();
    }
}
