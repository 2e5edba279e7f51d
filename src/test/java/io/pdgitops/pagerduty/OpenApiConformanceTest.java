package io.pdgitops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdgitops.pagerduty.dto.EscalationPolicyWrite;
import io.pdgitops.pagerduty.dto.IntegrationWrite;
import io.pdgitops.pagerduty.dto.OverrideEntry;
import io.pdgitops.pagerduty.dto.ScheduleWrite;
import io.pdgitops.pagerduty.dto.ServiceWrite;
import io.pdgitops.pagerduty.dto.TeamWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every call the client can make, checked against PagerDuty's official OpenAPI document (read from the shared
 * folder, never copied into the project): the path and method exist, and every query parameter sent is declared,
 * with a value from its enum where it has one.
 */
class OpenApiConformanceTest {

    private static final Path SPEC = Path.of("../shared/pagerduty-api/openapiv3.json");
    /** Used by PagerDuty's own Go client and the Terraform provider, but missing from the document. */
    private static final Set<String> KNOWN_UNDOCUMENTED = Set.of("DELETE /services/{}/integrations/{}");

    private static JsonNode spec;

    @BeforeAll
    static void readSpec() throws IOException {
        if (Files.exists(SPEC)) {
            spec = PagerDutyJson.mapper().readTree(SPEC.toFile());
        }
    }

    @Test
    void everyCallIsInTheSpec() {
        assumeThat(spec).as("PagerDuty's OpenAPI document is not at " + SPEC.toAbsolutePath()
                + "; skipping the conformance check").isNotNull();
        List<RecordedRequest> requests = makeEveryCall();

        Set<String> problems = new TreeSet<>();
        for (RecordedRequest request : requests) {
            String call = request.getMethod() + " " + templateOf(request.getUrl());
            if (KNOWN_UNDOCUMENTED.contains(call)) {
                continue;
            }
            JsonNode operation = operation(request.getMethod(), request.getUrl());
            if (operation == null) {
                problems.add(call + " is not in the spec");
                continue;
            }
            for (String name : request.getUrl().queryParameterNames()) {
                JsonNode parameter = queryParameter(operation, name);
                if (parameter == null) {
                    problems.add(call + " does not declare query parameter " + name);
                    continue;
                }
                JsonNode allowed = parameter.at("/schema/items/enum");
                for (String value : request.getUrl().queryParameterValues(name)) {
                    if (allowed.isArray() && !contains(allowed, value)) {
                        problems.add(call + " does not allow " + name + "=" + value);
                    }
                }
            }
        }
        assertThat(requests).hasSizeGreaterThan(30);
        assertThat(problems).isEmpty();
    }

    private static List<RecordedRequest> makeEveryCall() {
        List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
        try (MockPagerDuty pagerDuty = new MockPagerDuty()) {
            pagerDuty.server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    requests.add(request);
                    return new MockResponse.Builder().code(200).body("{\"more\":false}").build();
                }
            });
            PagerDutyClient client = pagerDuty.client;
            OffsetDateTime now = OffsetDateTime.parse("2026-01-05T09:00:00+09:00");
            List<Runnable> calls = new ArrayList<>(List.of(
                    () -> client.services().list(), () -> client.services().get("S"),
                    () -> client.services().findByName("n"),
                    () -> client.services().create(new ServiceWrite("n", null, null, null, null, null, null, null,
                            null, null)),
                    () -> client.services().update("S", new ServiceWrite("n", null, null, null, null, null, null,
                            null, null, null)),
                    () -> client.services().delete("S"),
                    () -> client.integrations().get("S", "I"),
                    () -> client.integrations().create("S", IntegrationWrite.ofType("n", "nagios_inbound_integration")),
                    () -> client.integrations().update("S", "I", IntegrationWrite.ofType("n", "x")),
                    () -> client.integrations().delete("S", "I"),
                    () -> client.escalationPolicies().list(), () -> client.escalationPolicies().get("E"),
                    () -> client.escalationPolicies().findByName("n"),
                    () -> client.escalationPolicies().create(new EscalationPolicyWrite("n", null, null, null, null,
                            null)),
                    () -> client.escalationPolicies().update("E", new EscalationPolicyWrite("n", null, null, null,
                            null, null)),
                    () -> client.escalationPolicies().delete("E"),
                    () -> client.schedules().list(), () -> client.schedules().get("P"),
                    () -> client.schedules().findByName("n"),
                    () -> client.schedules().get("P", new RenderWindow(now, now.plusDays(7), true, "Asia/Tokyo")),
                    () -> client.schedules().create(new ScheduleWrite("n", null, "UTC", List.of(), null), false),
                    () -> client.schedules().update("P", new ScheduleWrite("n", null, "UTC", List.of(), null), true),
                    () -> client.schedules().delete("P"),
                    () -> client.schedules().overrides("P", now, now.plusDays(1)),
                    () -> client.schedules().createOverrides("P", List.of(OverrideEntry.of(now, now, "U"))),
                    () -> client.schedules().deleteOverride("P", "O"),
                    () -> client.teams().list(), () -> client.teams().get("T"), () -> client.teams().findByName("n"),
                    () -> client.teams().create(TeamWrite.named("n", null)),
                    () -> client.teams().update("T", TeamWrite.named("n", null)), () -> client.teams().delete("T"),
                    () -> client.teams().members("T"), () -> client.teams().addMember("T", "U", "observer"),
                    () -> client.teams().removeMember("T", "U"), () -> client.teams().addEscalationPolicy("T", "E"),
                    () -> client.teams().removeEscalationPolicy("T", "E"),
                    () -> client.users().list(), () -> client.users().get("U"),
                    () -> client.users().findByEmail("a@example.com"),
                    () -> client.vendors().list(), () -> client.abilities()));
            for (Runnable call : calls) {
                try {
                    call.run();
                } catch (PagerDutyException expected) {
                    // The canned answer has no entity in it; only the request matters here.
                }
            }
        }
        return requests;
    }

    private static JsonNode operation(String method, HttpUrl url) {
        String template = templateOf(url);
        for (var paths = spec.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            if (path.getKey().replaceAll("\\{[^}]+}", "{}").equals(template)) {
                return path.getValue().get(method.toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    private static JsonNode queryParameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = parameter.has("$ref") ? spec.at(parameter.get("$ref").asText().substring(1)) : parameter;
            if (resolved.path("in").asText().equals("query") && resolved.path("name").asText().equals(name)) {
                return resolved;
            }
        }
        return null;
    }

    /** The request's path with every id replaced by {}, e.g. /services/{}/integrations/{}. */
    private static String templateOf(HttpUrl url) {
        List<String> segments = url.pathSegments();
        StringBuilder template = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            boolean isId = i % 2 == 1;
            template.append('/').append(isId ? "{}" : segments.get(i));
        }
        return template.toString();
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (element.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
