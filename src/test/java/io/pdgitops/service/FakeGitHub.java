package io.pdgitops.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A GitHub API that keeps what it is sent: commit statuses and issue comments, listed back as GitHub lists them.
 * The service reports to it with the token from a token file.
 */
public class FakeGitHub implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN = "ghp_fake-review-token";
    public static final String REPOSITORY = "acme/pd-config";
    public static final String WEB_URL = "https://github.example.com/acme/pd-config";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CALLS = new ArrayList<>();
    private static final List<JsonNode> STATUSES = new ArrayList<>();
    private static final List<ObjectNode> COMMENTS = new ArrayList<>();
    private static MockWebServer server;
    private static Path tokenFile;

    @Override
    public Map<String, String> start() {
        try {
            server = new MockWebServer();
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return answer(request);
                }
            });
            server.start();
            tokenFile = Files.createTempFile("github-token", ".txt");
            Files.writeString(tokenFile, TOKEN + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("pd-gitops.review.github.api-url", server.url("/api/v3").toString(),
                "pd-gitops.review.github.token-file", tokenFile.toString());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
        try {
            if (tokenFile != null) {
                Files.deleteIfExists(tokenFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Method and path of every call, in order. */
    public static synchronized List<String> calls() {
        return List.copyOf(CALLS);
    }

    /** The statuses posted for {@code commit}, oldest first, as {@code state: description}. */
    public static synchronized List<String> statuses(String commit) {
        return STATUSES.stream().filter(s -> s.path("sha").asText().equals(commit))
                .map(s -> s.path("state").asText() + ": " + s.path("description").asText()).toList();
    }

    public static synchronized List<String> comments() {
        return COMMENTS.stream().map(c -> c.path("body").asText()).toList();
    }

    private static synchronized MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        CALLS.add(request.getMethod() + " " + path);
        if (!("token " + TOKEN).equals(request.getHeaders().get("Authorization"))) {
            return json(401, "{\"message\":\"Bad credentials\"}");
        }
        String repo = "/api/v3/repos/" + REPOSITORY;
        try {
            if (request.getMethod().equals("POST") && path.startsWith(repo + "/statuses/")) {
                ObjectNode status = (ObjectNode) JSON.readTree(request.getBody().utf8());
                status.put("sha", path.substring((repo + "/statuses/").length()));
                STATUSES.add(status);
                return json(201, status.toString());
            }
            if (path.matches(repo + "/issues/\\d+/comments")) {
                if (request.getMethod().equals("GET")) {
                    ArrayNode list = JSON.createArrayNode();
                    COMMENTS.forEach(list::add);
                    return json(200, list.toString());
                }
                ObjectNode comment = (ObjectNode) JSON.readTree(request.getBody().utf8());
                comment.put("id", 100 + COMMENTS.size());
                COMMENTS.add(comment);
                return json(201, comment.toString());
            }
            if (request.getMethod().equals("PATCH") && path.matches(repo + "/issues/comments/\\d+")) {
                long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
                String body = JSON.readTree(request.getBody().utf8()).path("body").asText();
                for (ObjectNode comment : COMMENTS) {
                    if (comment.path("id").asLong() == id) {
                        comment.put("body", body);
                        return json(200, comment.toString());
                    }
                }
            }
        } catch (IOException e) {
            return json(400, "{\"message\":\"Problems parsing JSON\"}");
        }
        return json(404, "{\"message\":\"Not Found\"}");
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).addHeader("Content-Type", "application/json").build();
    }
}
