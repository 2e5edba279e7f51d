package io.pdgitops.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.model.Origin;

/**
 * One YAML document as a JSON tree (what the schemas check) plus where each field came from.
 *
 * @param index 0-based position of the document in its file
 */
public record YamlDocument(ObjectNode tree, Origin origin, int index) {
}
