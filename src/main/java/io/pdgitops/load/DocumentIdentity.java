package io.pdgitops.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.Roster;
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
        String kind = tree.path("kind").asText();
        // A roster declares the schedule it compiles to.
        Optional<ObjectKind> declared = Roster.KIND.equals(kind) ? Optional.of(ObjectKind.SCHEDULE) : ObjectKind.fromYamlName(kind);
        return declared.map(objectKind -> new ObjectKey(objectKind, name.asText()));
    }
}
