package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.PagerDutyEnvironment;
import io.pdgitops.sandbox.Faults;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxHttpServer;
import io.pdgitops.sandbox.SeedLoader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code apply} against a PagerDuty (the sandbox on loopback) that does a share of the writes but loses their
 * answers, the case where a careless retry creates a second object: every such create is adopted, none doubled.
 */
class LostAnswersApplyTest {

    private static final String TOKEN = "lost-answers-token";
    private static final Path EXAMPLE = Path.of(ReconcileCommandsTest.EXAMPLE);
    /** A third of the writes done but unanswered, drawn from a fixed seed. */
    private static final String LOSING = "{\"lostAnswerRate\":0.3,\"lostAnswerStatus\":0,\"seed\":11}";
    private static final Pattern ADOPTED_CREATE = Pattern.compile("\\[\\d+/\\d+\\] adopted +create ");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Live lists and the name field of their objects. */
    private static final Map<String, String> LISTS = Map.of("services", "name", "escalation_policies", "name",
            "schedules", "name", "teams", "name", "business_services", "name", "webhook_subscriptions", "description");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void createsWhoseAnswersAreLostAreAdoptedAndNothingIsCreatedTwice() throws Exception {
        Sandbox sandbox = new Sandbox(SandboxConfig.withToken(TOKEN).withRateLimit(100_000),
                SeedLoader.load(EXAMPLE.resolve("sandbox-seed.yaml")));
        try (SandboxHttpServer server = SandboxHttpServer.start(sandbox, "127.0.0.1", 0)) {
            URI base = server.baseUri();
            call(base, "PUT", "/sandbox-admin/faults", LOSING);
            CliContext context = new CliContext(Map.of(PagerDutyEnvironment.TOKEN, TOKEN,
                    PagerDutyEnvironment.URL, base.toString()), false, Path.of(""));

            // One write at a time: the seed then meets the same requests in the same order on every run, so the
            // same answers are lost (with parallel writes a retry could draw a lost answer again and again).
            CliRun apply = CliRun.plain(context, "apply", "--auto-approve", "--parallelism", "1", EXAMPLE.toString());

            long lostCreates = lostCreates(call(base, "GET", "/sandbox-admin/stats", null));
            assertThat(lostCreates).as("creates whose answers the seed loses").isPositive();
            assertThat(apply.exit()).as(apply.all()).isEqualTo(ExitCodes.OK);
            assertThat(apply.out().lines().filter(line -> ADOPTED_CREATE.matcher(line).find()).count())
                    .as(apply.out()).isEqualTo(lostCreates);
            // A user's contact methods and rules are made inside the user's one update step, which says it adopted.
            if (lostUserCreates(call(base, "GET", "/sandbox-admin/stats", null)) > 0) {
                assertThat(apply.out()).containsPattern("\\[\\d+/\\d+\\] adopted +update User ");
            }

            call(base, "PUT", "/sandbox-admin/faults", "{\"lostAnswerRate\":0}");
            DesiredState declared = ConfigLoader.load(EXAMPLE).state();
            for (Map.Entry<String, String> list : LISTS.entrySet()) {
                List<String> names = names(call(base, "GET", "/" + list.getKey() + "?limit=100", null)
                        .path(list.getKey()), list.getValue());
                assertThat(names).as(list.getKey()).doesNotHaveDuplicates();
            }
            assertThat(names(call(base, "GET", "/services?limit=100", null).path("services"), "name"))
                    .containsExactlyInAnyOrderElementsOf(declared.services().stream().map(DeclaredObject::name)
                            .toList());
            assertThat(CliRun.plain(context, "plan", "--detailed-exitcode", EXAMPLE.toString()).exit())
                    .isEqualTo(ExitCodes.OK);
        }
    }

    /** Lost answers of creates: writes to a collection (a path that does not end in an id). */
    private static long lostCreates(JsonNode stats) {
        long lost = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = stats.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            // Creates post to a collection; a lost change_tags answer is a retried change, not a create, a lost
            // answer to a service dependency change is followed by a read of the edges, not by an adoption, and an
            // event orchestration's active flag is put again.
            if (!path.getKey().endsWith("}") && !path.getKey().endsWith("/change_tags")
                    && !path.getKey().startsWith("/service_dependencies/") && !path.getKey().endsWith("/active")
                    && !path.getKey().startsWith("/users/{id}/")) {
                lost += path.getValue().path("answers_lost").asLong();
            }
        }
        return lost;
    }

    /** Lost answers of creates of users' contact methods, notification rules and hand-off rules. */
    private static long lostUserCreates(JsonNode stats) {
        long lost = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = stats.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/users/{id}/") && !path.getKey().endsWith("}")) {
                lost += path.getValue().path("answers_lost").asLong();
            }
        }
        return lost;
    }

    private static List<String> names(JsonNode objects, String field) {
        List<String> names = new ArrayList<>();
        objects.forEach(object -> names.add(object.path(field).asText()));
        return names;
    }

    private JsonNode call(URI base, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Authorization", "Token token=" + TOKEN)
                .header("Accept", "application/vnd.pagerduty+json;version=2")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
