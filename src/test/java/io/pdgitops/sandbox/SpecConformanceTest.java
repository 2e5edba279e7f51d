package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the sandbox against PagerDuty's official OpenAPI spec, read from the shared folder (it
 * may not be redistributed, so it is not in the project): every served route exists in the spec,
 * and a scenario touching every route only answers statuses the spec declares, with bodies that
 * have the fields the spec requires and enum values it lists. The exceptions are
 * listed, with reasons, in {@code src/test/resources/sandbox/KNOWN_DEVIATIONS.md}.
 */
class SpecConformanceTest {

    private static final Path SPEC = Path.of("../shared/pagerduty-api/openapiv3.json");
    private static final Path DEVIATIONS = Path.of("src/test/resources/sandbox/KNOWN_DEVIATIONS.md");
    private static final Pattern ROUTE_LINE = Pattern.compile("^- `([A-Z]+ /[^`]*)`(?: answers (\\d{3}))?:");

    private static JsonNode spec;
    private static Set<String> routeDeviations;
    private static Set<String> statusDeviations;

    @BeforeAll
    static void readSpec() throws IOException {
        assumeTrue(Files.isRegularFile(SPEC), "PagerDuty's OpenAPI spec is not at " + SPEC.toAbsolutePath()
                + " (the shared folder is absent): skipping the spec conformance checks");
        spec = Json.MAPPER.readTree(SPEC.toFile());
        routeDeviations = new LinkedHashSet<>();
        statusDeviations = new LinkedHashSet<>();
        for (String line : Files.readAllLines(DEVIATIONS)) {
            Matcher matcher = ROUTE_LINE.matcher(line);
            if (matcher.find()) {
                (matcher.group(2) == null ? routeDeviations : statusDeviations)
                        .add(matcher.group(1) + (matcher.group(2) == null ? "" : " " + matcher.group(2)));
            }
        }
    }

    private static Optional<JsonNode> operation(String route) {
        String[] parts = route.split(" ", 2);
        JsonNode op = spec.path("paths").path(parts[1]).path(parts[0].toLowerCase(Locale.ROOT));
        return op.isMissingNode() ? Optional.empty() : Optional.of(op);
    }

    @Test
    void everyServedRouteIsInTheSpecOrAKnownDeviation() {
        List<String> served = new TestSandbox().sandbox.servedRoutes();
        assertThat(served).hasSizeGreaterThan(40);
        List<String> missing = served.stream().filter(route -> operation(route).isEmpty()).toList();
        assertThat(missing).containsExactlyInAnyOrderElementsOf(routeDeviations);
    }

    @Test
    void everyListedDeviationIsServed() {
        List<String> served = new TestSandbox().sandbox.servedRoutes();
        assertThat(served).containsAll(routeDeviations);
        statusDeviations.forEach(deviation -> assertThat(served).contains(deviation.substring(0, deviation.lastIndexOf(' '))));
    }

    @Test
    void aScenarioOverEveryRouteAnswersOnlyDeclaredStatuses() {
        RecordingSandbox pd = new RecordingSandbox();
        pd.runScenario();

        Set<String> untouched = new LinkedHashSet<>(pd.sandbox.servedRoutes());
        untouched.removeAll(pd.seen.stream().map(seen -> seen.route).toList());
        assertThat(untouched).as("routes the scenario does not exercise").isEmpty();

        List<String> undeclared = new ArrayList<>();
        for (Seen seen : pd.seen) {
            boolean declared = operation(seen.route)
                    .map(op -> op.path("responses").has(Integer.toString(seen.status)))
                    .orElse(true);
            String key = seen.route + " " + seen.status;
            if (!declared && !statusDeviations.contains(key) && !undeclared.contains(key)) {
                undeclared.add(key);
            }
        }
        assertThat(undeclared).isEmpty();
    }

    @Test
    void aScenarioOverEveryRouteAnswersBodiesOfTheDeclaredShape() {
        RecordingSandbox pd = new RecordingSandbox();
        pd.runScenario();
        SpecShapes shapes = new SpecShapes(spec);

        List<String> problems = new ArrayList<>();
        for (Seen seen : pd.seen) {
            JsonNode schema = operation(seen.route).map(op -> shapes.resolve(op.path("responses").path(Integer.toString(seen.status)))
                    .path("content").path("application/json").path("schema")).orElse(null);
            if (seen.body != null && schema != null && !schema.isMissingNode()) {
                shapes.problems(schema, seen.body).forEach(problem -> problems.add(seen.route + " " + seen.status + " " + problem));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theShapeCheckFindsAMissingRequiredFieldAndAnUnknownEnumValue() {
        SpecShapes shapes = new SpecShapes(spec);
        JsonNode schema = spec.at("/paths/~1services~1{id}/get/responses/200/content/application~1json/schema");
        RecordingSandbox pd = new RecordingSandbox();
        String service = pd.pd.service("Shape", pd.pd.policy("Shape EP", "taro@example.com"));
        ObjectNode body = (ObjectNode) pd.pd.get("/services/" + service).body();
        assertThat(shapes.problems(schema, body)).isEmpty();

        ((ObjectNode) body.get("service")).remove("escalation_policy");
        ((ObjectNode) body.get("service")).put("status", "sleeping");
        assertThat(shapes.problems(schema, body)).anyMatch(problem -> problem.contains("missing required 'escalation_policy'"))
                .anyMatch(problem -> problem.contains("'sleeping' is not one of"));
    }

    private record Seen(String route, int status, JsonNode body) {
    }

    /** Runs requests and remembers which route answered each with which status. */
    private static final class RecordingSandbox {
        final TestSandbox pd = new TestSandbox();
        final Sandbox sandbox = pd.sandbox;
        final List<Seen> seen = new ArrayList<>();
        private final List<Route> routes = sandbox.servedRoutes().stream()
                .map(route -> new Route(route.split(" ")[0], route.split(" ")[1], call -> null)).toList();

        TestSandbox.Result call(String method, String pathAndQuery, String json) {
            TestSandbox.Result result = pd.call(method, pathAndQuery, json);
            String path = pathAndQuery.split("\\?")[0];
            routes.stream().filter(route -> route.method().equals(method) && route.match(path).isPresent()).findFirst()
                    .ifPresent(route -> seen.add(new Seen(method + " " + route.template(), result.status(),
                            result.response().body().length == 0 ? null : result.body())));
            return result;
        }

        void runScenario() {
            String taro = pd.userId("taro@example.com");
            String tokyo = pd.teamId("Ops Tokyo");
            String user = call("POST", "/users", "{\"user\":{\"type\":\"user\",\"name\":\"N\",\"email\":\"n@example.com\"}}")
                    .body().path("user").path("id").asText();
            call("POST", "/users", "{\"user\":{\"type\":\"user\",\"name\":\"N\",\"email\":\"n@example.com\"}}");
            call("GET", "/users?query=n", null);
            call("GET", "/users/" + user, null);
            call("PUT", "/users/" + user, "{\"user\":{\"job_title\":\"T\"}}");
            call("GET", "/teams", null);
            String team = call("POST", "/teams", "{\"team\":{\"type\":\"team\",\"name\":\"T\"}}").body().path("team").path("id").asText();
            call("GET", "/teams/" + team, null);
            call("PUT", "/teams/" + team, "{\"team\":{\"description\":\"d\"}}");
            call("PUT", "/teams/" + team + "/users/" + user, "{\"role\":\"responder\"}");
            call("GET", "/teams/" + team + "/members", null);
            call("DELETE", "/teams/" + team + "/users/" + user, null);
            String schedule = call("POST", "/schedules", """
                    {"schedule":{"type":"schedule","name":"S","time_zone":"UTC","schedule_layers":[{"start":"2026-03-02T00:00:00Z",
                     "rotation_virtual_start":"2026-03-02T00:00:00Z","rotation_turn_length_seconds":86400,
                     "users":[{"user":{"id":"%s","type":"user_reference"}}]}]}}""".formatted(taro)).body().path("schedule").path("id").asText();
            call("POST", "/schedules/preview", "{\"schedule\":{\"type\":\"schedule\",\"name\":\"P\",\"time_zone\":\"UTC\",\"schedule_layers\":[]}}");
            call("GET", "/schedules", null);
            call("GET", "/schedules/" + schedule, null);
            call("PUT", "/schedules/" + schedule, "{\"schedule\":{\"name\":\"S2\"}}");
            call("GET", "/schedules/" + schedule + "/users", null);
            String override = call("POST", "/schedules/" + schedule + "/overrides", """
                    {"overrides":[{"start":"2026-03-03T00:00:00Z","end":"2026-03-04T00:00:00Z","user":{"id":"%s","type":"user_reference"}}]}"""
                    .formatted(user)).body().get(0).path("override").path("id").asText();
            call("GET", "/schedules/" + schedule + "/overrides?since=2026-03-01T00:00:00Z&until=2026-03-09T00:00:00Z", null);
            call("DELETE", "/schedules/" + schedule + "/overrides/" + override, null);
            String running = call("POST", "/schedules/" + schedule + "/overrides", """
                    {"overrides":[{"start":"2026-03-01T00:00:00Z","end":"2026-03-02T06:00:00Z","user":{"id":"%s","type":"user_reference"}}]}"""
                    .formatted(user)).body().get(0).path("override").path("id").asText();
            pd.clock.advance(Duration.ofHours(7));
            call("DELETE", "/schedules/" + schedule + "/overrides/" + running, null);
            String policy = call("POST", "/escalation_policies", """
                    {"escalation_policy":{"type":"escalation_policy","name":"EP","escalation_rules":[{"escalation_delay_in_minutes":5,
                     "targets":[{"id":"%s","type":"schedule_reference"}]}]}}""".formatted(schedule))
                    .body().path("escalation_policy").path("id").asText();
            call("POST", "/escalation_policies", "{\"escalation_policy\":{\"type\":\"escalation_policy\",\"name\":\"EP\",\"escalation_rules\":[]}}");
            call("GET", "/escalation_policies", null);
            call("GET", "/escalation_policies/" + policy, null);
            call("PUT", "/escalation_policies/" + policy, "{\"escalation_policy\":{\"num_loops\":1}}");
            call("PUT", "/teams/" + tokyo + "/escalation_policies/" + policy, null);
            call("DELETE", "/schedules/" + schedule, null);
            call("DELETE", "/teams/" + tokyo, null);
            String service = call("POST", "/services", """
                    {"service":{"type":"service","name":"Svc","escalation_policy":{"id":"%s","type":"escalation_policy_reference"}}}"""
                    .formatted(policy)).body().path("service").path("id").asText();
            call("GET", "/services?include[]=integrations", null);
            call("GET", "/services/" + service, null);
            call("PUT", "/services/" + service, "{\"service\":{\"description\":\"d\"}}");
            String integration = call("POST", "/services/" + service + "/integrations",
                    "{\"integration\":{\"type\":\"events_api_v2_inbound_integration\"}}").body().path("integration").path("id").asText();
            call("GET", "/services/" + service + "/integrations/" + integration, null);
            call("PUT", "/services/" + service + "/integrations/" + integration, "{\"integration\":{\"name\":\"E\"}}");
            call("DELETE", "/services/" + service + "/integrations/" + integration, null);
            call("DELETE", "/escalation_policies/" + policy, null);
            call("DELETE", "/services/" + service, null);
            call("DELETE", "/teams/" + tokyo + "/escalation_policies/" + policy, null);
            call("DELETE", "/escalation_policies/" + policy, null);
            call("DELETE", "/schedules/" + schedule, null);
            call("DELETE", "/teams/" + team, null);
            call("DELETE", "/users/" + user, null);
            call("GET", "/users/" + user, null);
            call("GET", "/vendors", null);
            call("GET", "/vendors/PAMJWHN", null);
            call("GET", "/abilities", null);
            call("GET", "/abilities/teams", null);
        }
    }
}
