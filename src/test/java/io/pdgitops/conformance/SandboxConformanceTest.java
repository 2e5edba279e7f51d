package io.pdgitops.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pdgitops.sandbox.SandboxConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives the sandbox through the client over a realistic scenario, and the routes the client does not use by plain
 * HTTP, once on a loopback port and once in-process, and checks every exchange against PagerDuty's official
 * OpenAPI spec. Anything the spec does not allow
 * must be a listed known deviation.
 */
class SandboxConformanceTest {

    private static OpenApiSpec spec;
    private static KnownDeviations deviations;
    private static List<Exchange> exchanges;
    private static List<Exchange> inProcessExchanges;
    private static List<SchemaFinding> findings;

    @BeforeAll
    static void runScenario() throws IOException {
        assumeTrue(OpenApiSpec.available(), "PagerDuty's OpenAPI spec is not at " + OpenApiSpec.LOCATION.toAbsolutePath()
                + " (the shared folder is absent): skipping the conformance checks");
        spec = OpenApiSpec.load();
        deviations = KnownDeviations.read();
        exchanges = runScenario(RecordedSandbox.onLoopback(SandboxConfig.withToken(RecordedSandbox.TOKEN)));
        inProcessExchanges = runScenario(RecordedSandbox.inProcess(SandboxConfig.withToken(RecordedSandbox.TOKEN)));
        SpecCheck check = new SpecCheck(spec);
        findings = new ArrayList<>();
        exchanges.forEach(exchange -> findings.addAll(check.check(exchange, "")));
        inProcessExchanges.forEach(exchange -> findings.addAll(check.check(exchange, "")));
    }

    private static List<Exchange> runScenario(RecordedSandbox sandbox) {
        try (sandbox) {
            new ClientScenario(sandbox.client(), sandbox.client("not-a-valid-token-0000", 0)).run();
            new OtherRoutesScenario(sandbox.recordingHttp(), sandbox.baseUrl()).run();
            new MaintenanceWindowScenario(sandbox.client()).run();
            new TagScenario(sandbox.client()).run();
            new BusinessServiceScenario(sandbox.client()).run();
            new EventOrchestrationScenario(sandbox.client()).run();
            new WebhookSubscriptionScenario(sandbox.client(), id -> sandbox.direct("POST",
                    "/sandbox-admin/webhook_subscriptions/" + id + "/disable", null)).run();
            new UserContactsScenario(sandbox.client()).run();
            return sandbox.recorder.exchanges();
        }
    }

    @Test
    void everyExchangeConformsOrIsAKnownDeviation() {
        assertThat(deviations.unexplained(findings)).isEmpty();
    }

    @Test
    void everyListedBodyOrQueryDeviationIsStillNeeded() {
        assertThat(deviations.unusedBodyAndQueryDeviations(findings)).isEmpty();
    }

    @Test
    void theScenariosCoverEveryServedRouteAndEveryKindOfAnswer() {
        List<String> served;
        try (RecordedSandbox sandbox = RecordedSandbox.inProcess(SandboxConfig.withToken(RecordedSandbox.TOKEN))) {
            served = sandbox.sandbox.servedRoutes();
        }
        List<String> untouched = served.stream().filter(route -> exchanges.stream().noneMatch(exchange -> {
            String[] parts = route.split(" ", 2);
            return exchange.method().equals(parts[0])
                    && OpenApiSpec.templateMatches(parts[1], exchange.url().encodedPath());
        })).toList();

        assertThat(served).hasSizeGreaterThan(40);
        assertThat(untouched).isEmpty();
        assertThat(exchanges).extracting(Exchange::status).contains(200, 201, 204, 400, 401, 404);
        assertThat(exchanges).anyMatch(e -> e.url().queryParameterValues("include[]").contains("integrations"));
    }

    @Test
    void inProcessTheSandboxAnswersTheSameCallsWithTheSameStatuses() {
        assertThat(inProcessExchanges).extracting(Exchange::method, Exchange::status)
                .containsExactlyElementsOf(exchanges.stream().map(e -> tuple(e.method(), e.status())).toList());
    }
}
