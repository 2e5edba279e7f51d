package io.pdgitops.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Reads payload fields by path, treating absent and null alike, and names the field when one is required. */
final class JsonFields {

    private JsonFields() {
    }

    static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String name : path.split("\\.")) {
            node = node == null ? null : node.get(name);
        }
        return node == null || node.isNull() ? null : node;
    }

    static Optional<String> text(JsonNode root, String path) {
        JsonNode node = at(root, path);
        return node == null || node.isContainerNode() ? Optional.empty() : Optional.of(node.asText());
    }

    static String required(JsonNode root, String path) {
        return text(root, path).orElseThrow(() -> new WebhookPayloadException("payload has no '" + path + "'"));
    }

    static long requiredNumber(JsonNode root, String path) {
        JsonNode node = at(root, path);
        if (node == null || !node.canConvertToLong()) {
            throw new WebhookPayloadException("payload has no number at '" + path + "'");
        }
        return node.asLong();
    }

    static boolean flag(JsonNode root, String path) {
        JsonNode node = at(root, path);
        return node != null && node.asBoolean(false);
    }

    static RepositoryUrls urls(JsonNode repository, String... fields) {
        String[] urls = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            urls[i] = repository == null ? null : text(repository, fields[i]).orElse(null);
        }
        return RepositoryUrls.of(urls);
    }

    /**
     * The head commit: {@code head_commit} where the host sends it, otherwise the listed commit whose id is the new
     * head (GitLab and the Gitea docs list commits only).
     */
    static Optional<HeadCommit> headCommit(JsonNode root, String after) {
        JsonNode head = at(root, "head_commit");
        if (head == null) {
            JsonNode commits = at(root, "commits");
            if (commits != null && commits.isArray()) {
                for (JsonNode commit : commits) {
                    if (after.equals(text(commit, "id").orElse(""))) {
                        head = commit;
                    }
                }
            }
        }
        if (head == null) {
            return Optional.empty();
        }
        return Optional.of(new HeadCommit(text(head, "id").orElse(after), text(head, "author.name").orElse(""),
                text(head, "author.email").orElse(""), text(head, "message").orElse("")));
    }
}
