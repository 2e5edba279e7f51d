package io.pdgitops.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.model.FieldPath;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.validate.Violation;
import io.pdgitops.validate.ViolationCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Turns one composed YAML document into a Jackson tree while recording the position of every field,
 * and rejects what the YAML spec allows but a configuration file should not contain.
 */
final class TreeBuilder {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<Tag> ACCEPTED_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ);

    private final String file;
    private final LoadLimits limits;
    private final Map<String, SourceLocation> locations = new HashMap<>();
    private final Map<String, SourceLocation> keyLocations = new HashMap<>();
    private final List<Violation> violations = new ArrayList<>();
    private final Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Iterator<Optional<Mark>> aliasUses;
    private int aliasExpansion;
    /** How many alias expansions the walk is inside; aliases within an expansion were already counted. */
    private int expanding;

    /** @param aliasUses positions of the document's aliases in text order, so an alias's errors point at its use */
    TreeBuilder(String file, LoadLimits limits, List<Optional<Mark>> aliasUses) {
        this.file = file;
        this.limits = limits;
        this.aliasUses = aliasUses.iterator();
    }

    /**
     * Where this occurrence of the node was written: the walk follows text order, so a node seen
     * before (outside an expansion) is the next alias in the text.
     */
    private Optional<Mark> startOfUse(Node node) {
        if (expanding == 0 && visited.contains(node) && aliasUses.hasNext()) {
            return aliasUses.next();
        }
        return node.getStartMark();
    }

    /** The converted value; problems are in {@link #violations()}. Throws only {@link LimitExceededException}. */
    JsonNode build(Node root) {
        locations.put(FieldPath.ROOT, location(root.getStartMark()));
        return convert(root, FieldPath.ROOT);
    }

    Map<String, SourceLocation> locations() {
        return locations;
    }

    /** Positions of mapping keys, for errors about the key rather than its value. */
    Map<String, SourceLocation> keyLocations() {
        return keyLocations;
    }

    List<Violation> violations() {
        return violations;
    }

    SourceLocation location(Optional<Mark> mark) {
        return mark.map(m -> new SourceLocation(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourceLocation.startOf(file));
    }

    private JsonNode convert(Node node, String path) {
        boolean repeated = !visited.add(node);
        if (repeated && ++aliasExpansion > limits.maxAliasExpansion()) {
            throw new LimitExceededException(ViolationCode.TOO_MANY_ALIASES,
                    "aliases expand to more than " + limits.maxAliasExpansion() + " values",
                    node.getStartMark());
        }
        if (!ACCEPTED_TAGS.contains(node.getTag())) {
            violations.add(Violation.error(ViolationCode.UNSUPPORTED_YAML, location(node.getStartMark()),
                    "tag `" + node.getTag().getValue() + "` is not supported; use plain values"));
            return JSON.nullNode();
        }
        if (!onPath.add(node)) {
            violations.add(Violation.error(ViolationCode.UNSUPPORTED_YAML, location(node.getStartMark()),
                    "an alias refers to a value that contains it (recursive alias)"));
            return JSON.nullNode();
        }
        if (repeated) {
            expanding++;
        }
        try {
            if (node instanceof MappingNode mapping) {
                return convertMapping(mapping, path);
            }
            if (node instanceof SequenceNode sequence) {
                return convertSequence(sequence, path);
            }
            return ScalarValues.convert((ScalarNode) node);
        } finally {
            onPath.remove(node);
            if (repeated) {
                expanding--;
            }
        }
    }

    private ObjectNode convertMapping(MappingNode mapping, String path) {
        ObjectNode object = JSON.objectNode();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            SourceLocation keyLocation = location(keyNode.getStartMark());
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                violations.add(Violation.error(ViolationCode.UNSUPPORTED_YAML, keyLocation,
                        "keys must be plain text, not lists or mappings"));
                continue;
            }
            String key = scalarKey.getValue();
            String childPath = FieldPath.child(path, key);
            if (object.has(key)) {
                violations.add(Violation.error(ViolationCode.DUPLICATE_KEY, keyLocation,
                        "duplicate key `" + key + "` (first at line " + keyLocations.get(childPath).line() + ")"));
                continue;
            }
            keyLocations.put(childPath, keyLocation);
            Node valueNode = tuple.getValueNode();
            // A scalar's errors are about the value (a dangling name, a bad number), so they point at it;
            // a mapping or list is pointed at through its key, where a reader looks for a missing field.
            Optional<Mark> valueStart = startOfUse(valueNode);
            locations.put(childPath, valueNode instanceof ScalarNode ? location(valueStart) : keyLocation);
            object.set(key, convert(valueNode, childPath));
        }
        return object;
    }

    private ArrayNode convertSequence(SequenceNode sequence, String path) {
        ArrayNode array = JSON.arrayNode();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            String childPath = FieldPath.child(path, i);
            locations.put(childPath, location(startOfUse(items.get(i))));
            array.add(convert(items.get(i), childPath));
        }
        return array;
    }
}
