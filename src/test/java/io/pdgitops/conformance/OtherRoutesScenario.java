package io.pdgitops.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The routes the sandbox serves that pd-gitops' client does not call (users written, schedule previews,
 * on-call users and on-calls, single vendors and abilities, a running override cut short), sent as plain HTTP with bodies shaped
 * like the spec's examples, so that they are checked like the client's.
 */
final class OtherRoutesScenario {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final OkHttpClient http;
    private final String baseUrl;

    OtherRoutesScenario(OkHttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    void run() {
        String user = call("POST", "/users", """
                {"user":{"type":"user","name":"Earline Greenholt","email":"earline@example.com","time_zone":"Asia/Tokyo",
                 "role":"limited_user","job_title":"Director of Engineering","description":"Oncall"}}""")
                .path("user").path("id").asText();
        call("PUT", "/users/" + user, "{\"user\":{\"type\":\"user\",\"job_title\":\"VP\"}}");
        // Whole hours: PagerDuty wants rotation starts in whole minutes.
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        String start = now.plus(Duration.ofDays(1)).toString();
        String schedule = """
                {"schedule":{"type":"schedule","name":"Preview","time_zone":"Asia/Tokyo","schedule_layers":[
                  {"start":"%s","rotation_virtual_start":"%s","rotation_turn_length_seconds":86400,
                   "users":[{"user":{"id":"%s","type":"user_reference"}}],
                   "restrictions":[{"type":"daily_restriction","start_time_of_day":"09:00:00","duration_seconds":32400}]}]}}"""
                .formatted(start, start, user);
        call("POST", "/schedules/preview", schedule);
        String id = call("POST", "/schedules", schedule).path("schedule").path("id").asText();
        call("GET", "/schedules/" + id + "/users?since=" + start + "&until=" + now.plus(Duration.ofDays(8)), null);
        String running = call("POST", "/schedules/" + id + "/overrides", """
                {"overrides":[{"start":"%s","end":"%s","user":{"id":"%s","type":"user_reference"}}]}"""
                .formatted(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(5)), user))
                .get(0).path("override").path("id").asText();
        call("DELETE", "/schedules/" + id + "/overrides/" + running, null);
        String policy = call("POST", "/escalation_policies", """
                {"escalation_policy":{"type":"escalation_policy","name":"On-calls","escalation_rules":[
                  {"escalation_delay_in_minutes":30,"targets":[{"id":"%s","type":"schedule_reference"}]},
                  {"escalation_delay_in_minutes":30,"targets":[{"id":"%s","type":"user_reference"}]}]}}"""
                .formatted(id, user)).path("escalation_policy").path("id").asText();
        call("GET", "/oncalls?include[]=users&escalation_policy_ids[]=" + policy + "&since=" + now + "&until="
                + now.plus(Duration.ofDays(8)) + "&time_zone=Asia/Tokyo&total=true", null);
        call("GET", "/oncalls?earliest=true&schedule_ids[]=" + id, null);
        call("DELETE", "/escalation_policies/" + policy, null);
        String vendor = call("GET", "/vendors", null).path("vendors").get(0).path("id").asText();
        call("GET", "/vendors/" + vendor, null);
        call("GET", "/abilities/teams", null);
        call("DELETE", "/schedules/" + id, null);
        call("DELETE", "/users/" + user, null);
        // Two records a page, so that the writes above need a cursor.
        String cursor = call("GET", "/audit/records?limit=2&since=" + now.minus(Duration.ofDays(1)), null)
                .path("next_cursor").asText();
        call("GET", "/audit/records?limit=2&cursor=" + cursor, null);
    }

    /** Sends a request with PagerDuty's headers and returns the parsed answer (an empty object when it has none). */
    private JsonNode call(String method, String pathAndQuery, String json) {
        RequestBody body = json != null ? RequestBody.create(json, JSON_TYPE)
                : method.equals("GET") || method.equals("DELETE") ? null : RequestBody.create(new byte[0]);
        Request request = new Request.Builder().url(baseUrl + pathAndQuery)
                .header("Authorization", "Token token=" + RecordedSandbox.TOKEN)
                .header("Accept", "application/vnd.pagerduty+json;version=2")
                .header("From", "taro@example.com")
                .method(method, body)
                .build();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
