package io.pdgitops.load;

import io.pdgitops.model.ObjectKey;
import io.pdgitops.validate.Violation;
import java.util.List;

/**
 * The documents of one file that could be read, and the problems found while reading it. A broken
 * document is left out of {@code documents}; the ones before it in the file are kept.
 *
 * @param documentCount documents in the file that hold something, broken ones included
 * @param declaredNames identities of documents left out, so that references to them are not
 *     reported a second time as dangling
 */
public record ParsedFile(
        String file,
        List<YamlDocument> documents,
        List<Violation> violations,
        int documentCount,
        List<ObjectKey> declaredNames) {

    public ParsedFile {
        documents = List.copyOf(documents);
        violations = List.copyOf(violations);
        declaredNames = List.copyOf(declaredNames);
    }

    public static ParsedFile failed(String file, Violation violation) {
        return new ParsedFile(file, List.of(), List.of(violation), 0, List.of());
    }
}
