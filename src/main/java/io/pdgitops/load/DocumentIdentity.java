package io.pdgitops.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** The {@code kind/name} key of a document, read leniently from a tree that may be invalid. */
final class DocumentIdentity {

    private DocumentIdentity() {
    }

    static Optional<String> of(JsonNode tree) {
        JsonNode kind = tree.path("kind");
        JsonNode name = tree.path("name");
        if (kind.isTextual() && name.isTextual()) {
            return Optional.of(key(kind.asText(), name.asText()));
        }
        return Optional.empty();
    }

    static String key(String kind, String name) {
        return kind + "/" + name;
    }
}
