package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sandbox on the test seed with a hand-moved clock, and terse calls that go through {@link Sandbox#handle}. */
final class TestSandbox {

    static final String TOKEN = "test-token-1234";
    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    static final Path SEED = Path.of("src/test/resources/sandbox/seed.yaml");

    final MutableClock clock = new MutableClock(START);
    final List<Long> sleeps = new ArrayList<>();
    final Sandbox sandbox;
    String token = TOKEN;

    TestSandbox() {
        this(SandboxConfig.withToken(TOKEN));
    }

    TestSandbox(SandboxConfig config) {
        this.sandbox = new Sandbox(config, seed(), clock, sleeps::add);
    }

    static Seed seed() {
        try {
            return SeedLoader.load(SEED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Result get(String pathAndQuery) {
        return call("GET", pathAndQuery, null);
    }

    Result post(String pathAndQuery, String json) {
        return call("POST", pathAndQuery, json);
    }

    Result put(String pathAndQuery, String json) {
        return call("PUT", pathAndQuery, json);
    }

    Result delete(String pathAndQuery) {
        return call("DELETE", pathAndQuery, null);
    }

    Result call(String method, String pathAndQuery, String json) {
        return call(method, pathAndQuery, json, Map.of());
    }

    Result call(String method, String pathAndQuery, String json, Map<String, String> extraHeaders) {
        String[] parts = pathAndQuery.split("\\?", 2);
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                query.computeIfAbsent(decode(kv[0]), k -> new ArrayList<>()).add(kv.length > 1 ? decode(kv[1]) : "");
            }
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Accept", List.of("application/vnd.pagerduty+json;version=2"));
        headers.put("From", List.of("taro@example.com"));
        if (token != null) {
            headers.put("Authorization", List.of("Token token=" + token));
        }
        extraHeaders.forEach((name, value) -> headers.put(name, List.of(value)));
        byte[] body = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
        return new Result(sandbox.handle(new SandboxRequest(method, parts[0], query, headers, body)));
    }

    String userId(String email) {
        for (JsonNode user : get("/users?limit=100").body().path("users")) {
            if (user.path("email").asText().equals(email)) {
                return user.path("id").asText();
            }
        }
        throw new AssertionError("no seed user " + email);
    }

    String teamId(String name) {
        for (JsonNode team : get("/teams?limit=100").body().path("teams")) {
            if (team.path("name").asText().equals(name)) {
                return team.path("id").asText();
            }
        }
        throw new AssertionError("no seed team " + name);
    }

    /** Creates an escalation policy with one rule paging {@code userEmail}; returns its id. */
    String policy(String name, String userEmail) {
        Result created = post("/escalation_policies", """
                {"escalation_policy":{"type":"escalation_policy","name":"%s","escalation_rules":[
                  {"escalation_delay_in_minutes":30,"targets":[{"id":"%s","type":"user_reference"}]}]}}"""
                .formatted(name, userId(userEmail)));
        if (created.status() != 201) {
            throw new AssertionError("policy not created: " + created);
        }
        return created.body().path("escalation_policy").path("id").asText();
    }

    /** Creates a service on a policy; returns its id. */
    String service(String name, String policyId) {
        Result created = post("/services", """
                {"service":{"type":"service","name":"%s","escalation_policy":{"id":"%s","type":"escalation_policy_reference"}}}"""
                .formatted(name, policyId));
        if (created.status() != 201) {
            throw new AssertionError("service not created: " + created);
        }
        return created.body().path("service").path("id").asText();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    record Result(SandboxResponse response) {

        int status() {
            return response.status();
        }

        JsonNode body() {
            return response.body().length == 0 ? Json.object() : Json.parse(response.body());
        }

        ObjectNode error() {
            return (ObjectNode) body().path("error");
        }

        String header(String name) {
            return response.headers().get(name);
        }

        @Override
        public String toString() {
            return response.status() + " " + response.bodyText();
        }
    }
}
