package io.pdgitops.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.ObjectKind;
import java.util.Optional;

/** The identity of a document, read leniently from a tree that may be invalid. */
final class DocumentIdentity {

    private DocumentIdentity() {
    }

    static Optional<ObjectKey> of(JsonNode tree) {
        JsonNode name = tree.path("name");
        if (!name.isTextual()) {
            return Optional.empty();
        }
        return ObjectKind.fromYamlName(tree.path("kind").asText()).map(kind -> new ObjectKey(kind, name.asText()));
    }
}
