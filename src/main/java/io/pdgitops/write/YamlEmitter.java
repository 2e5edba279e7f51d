package io.pdgitops.write;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of ordered maps, lists and scalars as block YAML. Small mappings and lists of
 * scalars go on one line in flow style when they fit, the way the documentation writes them, so a
 * restriction or a target reads as one line.
 */
final class YamlEmitter {

    private static final int LINE_WIDTH = 120;
    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder();

    private YamlEmitter() {
    }

    static String mapping(Map<String, ?> root) {
        YamlEmitter emitter = new YamlEmitter();
        emitter.blockMapping(root, "", "");
        return emitter.out.toString();
    }

    /**
     * @param firstPrefix written before the first key instead of the indent (a list item's dash)
     */
    private void blockMapping(Map<String, ?> map, String indent, String firstPrefix) {
        String prefix = firstPrefix.isEmpty() ? indent : firstPrefix;
        for (Map.Entry<String, ?> entry : map.entrySet()) {
            String head = prefix + YamlScalars.text(entry.getKey()) + ":";
            prefix = indent;
            value(entry.getValue(), head, indent);
        }
    }

    private void value(Object value, String head, String indent) {
        String flow = flow(value);
        if (flow != null && head.length() + 1 + flow.length() <= LINE_WIDTH) {
            out.append(head).append(' ').append(flow).append('\n');
            return;
        }
        out.append(head).append('\n');
        if (value instanceof Map<?, ?> map) {
            blockMapping(cast(map), indent + INDENT, "");
        } else {
            blockSequence((List<?>) value, indent + INDENT);
        }
    }

    private void blockSequence(List<?> list, String indent) {
        for (Object item : list) {
            String flow = flow(item);
            if (flow != null && indent.length() + 2 + flow.length() <= LINE_WIDTH) {
                out.append(indent).append("- ").append(flow).append('\n');
            } else if (item instanceof Map<?, ?> map) {
                blockMapping(cast(map), indent + INDENT, indent + "- ");
            } else {
                out.append(indent).append("-\n");
                blockSequence((List<?>) item, indent + INDENT);
            }
        }
    }

    /** The one-line form of a value, or null when it has no sensible one (a list of mappings, deep nesting). */
    private static String flow(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder text = new StringBuilder("{");
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String item = flowItem(entry.getValue());
                if (item == null) {
                    return null;
                }
                text.append(text.length() > 1 ? ", " : "").append(YamlScalars.text(entry.getKey().toString()))
                        .append(": ").append(item);
            }
            return text.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder text = new StringBuilder("[");
            for (Object element : list) {
                String item = flowItem(element);
                if (item == null) {
                    return null;
                }
                text.append(text.length() > 1 ? ", " : "").append(item);
            }
            return text.append(']').toString();
        }
        return YamlScalars.of(value);
    }

    /** Inside flow style only scalars and collections of scalars, so a line never nests deeper than two levels. */
    private static String flowItem(Object value) {
        if (value instanceof Map<?, ?> map && map.values().stream().allMatch(YamlEmitter::isScalar)) {
            return flow(value);
        }
        if (value instanceof List<?> list && list.stream().allMatch(YamlEmitter::isScalar)) {
            return flow(value);
        }
        return isScalar(value) ? YamlScalars.of(value) : null;
    }

    private static boolean isScalar(Object value) {
        return !(value instanceof Map<?, ?>) && !(value instanceof List<?>);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }
}
