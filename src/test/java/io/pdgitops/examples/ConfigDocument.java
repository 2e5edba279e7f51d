package io.pdgitops.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One YAML document of a configuration repository, with where it came from for error messages. */
record ConfigDocument(Path file, int documentNumber, Map<String, Object> body) {

    String kind() {
        return text("kind");
    }

    String name() {
        return text("name");
    }

    String text(String field) {
        return body.get(field) instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list(String field) {
        return body.get(field) instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    List<String> strings(String field) {
        return body.get(field) instanceof List<?> l ? (List<String>) l : List.of();
    }

    String where() {
        return file.getFileName() + " document " + documentNumber + " (" + kind() + " " + name() + ")";
    }
}
