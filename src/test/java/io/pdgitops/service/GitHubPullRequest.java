package io.pdgitops.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.webhook.SharedPayloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * GitHub's real {@code pull_request} payload aimed at the test repository: number, head commit, base branch, and
 * whether the head lives in a fork, with the headers GitHub sends, signed.
 */
public record GitHubPullRequest(byte[] body, Map<String, String> headers) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static GitHubPullRequest of(String action, long number, String headSha, String base, boolean fromFork,
            String secret) {
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree(
                    SharedPayloads.bytes("github/pull_request." + action + ".payload.json"));
            payload.put("number", number);
            ObjectNode pullRequest = (ObjectNode) payload.get("pull_request");
            pullRequest.put("number", number);
            ObjectNode head = (ObjectNode) pullRequest.get("head");
            ObjectNode baseNode = (ObjectNode) pullRequest.get("base");
            head.put("sha", headSha);
            baseNode.put("ref", base);
            aim((ObjectNode) baseNode.get("repo"), 1);
            aim((ObjectNode) head.get("repo"), fromFork ? 2 : 1);
            aim((ObjectNode) payload.get("repository"), 1);
            byte[] body = JSON.writeValueAsBytes(payload);
            return new GitHubPullRequest(body, GitHubPush.headers("pull_request", body, secret));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Repository 1 is the tracked one; any other id is a fork. */
    private static void aim(ObjectNode repository, long id) {
        repository.put("id", id);
        repository.put("full_name", id == 1 ? FakeGitHub.REPOSITORY : "someone/pd-config");
        repository.put("html_url", id == 1 ? FakeGitHub.WEB_URL : "https://github.example.com/someone/pd-config");
        for (String field : new String[] {"clone_url", "git_url", "ssh_url", "url"}) {
            repository.put(field, id == 1 ? ConfigRepoServer.url() : "https://github.example.com/someone/fork.git");
        }
    }
}
