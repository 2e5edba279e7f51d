package io.pdgitops.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.webhook.SharedPayloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

/**
 * GitHub's real push payload with the branch, revision and repository URLs replaced, and the headers GitHub sends
 * with it, signed with the given secret.
 */
public record GitHubPush(byte[] body, Map<String, String> headers) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static GitHubPush of(String repositoryUrl, String branch, String revision, String secret) {
        return ofRef(repositoryUrl, "refs/heads/" + branch, revision, secret);
    }

    /** A push of any ref, a tag's ({@code refs/tags/v1}) for example. */
    public static GitHubPush ofRef(String repositoryUrl, String ref, String revision, String secret) {
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree(
                    SharedPayloads.bytes("github/push.with-new-branch.payload.json"));
            payload.put("ref", ref);
            payload.put("after", revision);
            ObjectNode repository = (ObjectNode) payload.get("repository");
            for (String field : new String[] {"clone_url", "html_url", "git_url", "ssh_url", "url"}) {
                repository.put(field, repositoryUrl);
            }
            byte[] body = JSON.writeValueAsBytes(payload);
            return new GitHubPush(body, headers("push", body, secret));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What GitHub sends with a delivery of {@code event}, signed with {@code secret}. */
    static Map<String, String> headers(String event, byte[] body, String secret) {
        return Map.of(
                "X-GitHub-Event", event,
                "X-GitHub-Delivery", UUID.randomUUID().toString(),
                "X-Hub-Signature-256", "sha256=" + SharedPayloads.hmacHex(secret, body),
                "Content-Type", "application/json");
    }
}
