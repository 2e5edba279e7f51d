package io.pdgitops.reconcile;

import static io.pdgitops.reconcile.WebhookSubscriptionStates.KEY_VALUE;
import static io.pdgitops.reconcile.WebhookSubscriptionStates.ticketing;
import static io.pdgitops.reconcile.WebhookSubscriptionStates.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.apply.ApplyResult;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.render.DriftJsonRenderer;
import io.pdgitops.drift.render.DriftTextRenderer;
import io.pdgitops.export.Export;
import io.pdgitops.export.ExportFilter;
import io.pdgitops.export.Exporter;
import io.pdgitops.live.LiveStateReader;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyClientConfig;
import io.pdgitops.pagerduty.RateLimiter;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.plan.render.JsonPlanRenderer;
import io.pdgitops.plan.render.TextPlanRenderer;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxInterceptor;
import io.pdgitops.state.InventoryFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signing secret PagerDuty returns once, when a subscription is created, and the custom header value taken from
 * the environment reach PagerDuty and nothing else: not the log, the plan as text or JSON, the apply's outcomes, the
 * recorded inventory, drift in either rendering, or an export.
 */
class WebhookSecretNowhereTest {

    private static final Pattern SECRET = Pattern.compile("\"secret\":\"([0-9a-f]+)\"");

    @TempDir
    Path temp;

    private final List<String> secrets = new ArrayList<>();

    @Test
    void neitherTheSigningSecretNorAHeaderValueIsLoggedRenderedStoredOrExported() throws IOException {
        Sandbox sandbox = new Sandbox(SandboxConfig.permissiveDefaults().withRateLimit(1_000_000), CallBudgetTest.USERS);
        PagerDutyClient client = clientKeepingSecrets(sandbox);
        Reconciler reconciler = new Reconciler(client, Clock.systemUTC())
                .withEnvironment(WebhookSubscriptionStates.ENVIRONMENT);
        DesiredState desired = with(ticketing());
        DesiredState moved = with(ticketing("https://moved.kaede.example/pd", ticketing().events(), Optional.of(true)));
        List<String> seen = new ArrayList<>();

        List<String> log = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                log.add(record.getMessage() + " " + Arrays.toString(record.getParameters()) + " "
                        + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        try {
            for (DesiredState state : List.of(desired, moved)) {
                Reconciler.Planned planned =
                        reconciler.plan(state, Inventory.none(), new PlanOptions(false, 10, false));
                seen.add(new TextPlanRenderer(false).render(planned.plan()));
                seen.add(new JsonPlanRenderer().render(planned.plan()));
                ApplyResult result = reconciler.apply(planned, outcome -> seen.add(outcome.toString()));
                assertThat(result.succeeded()).as(result.toString()).isTrue();
                seen.add(result.toString());
            }
            Reconciler.Planned after =
                    reconciler.plan(moved, Inventory.declaredBy(moved), new PlanOptions(true, 10, false));
            seen.add(new DriftTextRenderer().render(DriftReport.of(after.diff())));
            seen.add(new DriftJsonRenderer().render(DriftReport.of(after.diff())));
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        Path inventory = temp.resolve("inventory");
        InventoryFile.write(inventory, Inventory.declaredBy(moved));
        seen.add(Files.readString(inventory));
        LiveStateReader reader = new LiveStateReader(client);
        Export export = Exporter.export(reader.withAllWebhooks(reader.fetch(team -> true, false)), Instant.now(),
                ExportFilter.everything());
        seen.add(export.toString());
        seen.add(String.join("\n", log));

        assertThat(secrets).as("a secret per create: the first and the replacement").hasSize(2)
                .allSatisfy(secret -> assertThat(secret).hasSizeGreaterThanOrEqualTo(32));
        assertThat(String.join("\n", seen)).contains(WebhookSubscriptionStates.TICKETING, "X-Api-Key",
                "PD_WEBHOOK_KAEDE_TICKETING_X_API_KEY");
        for (String text : seen) {
            assertThat(text).doesNotContain(KEY_VALUE);
            secrets.forEach(secret -> assertThat(text).doesNotContain(secret));
        }
    }

    /** The in-process sandbox, with every signing secret its create answers carry noted for the checks. */
    private PagerDutyClient clientKeepingSecrets(Sandbox sandbox) {
        OkHttpClient.Builder http = new OkHttpClient.Builder().addInterceptor(chain -> {
            Response response = chain.proceed(chain.request());
            if (chain.request().method().equals("POST")
                    && chain.request().url().encodedPath().endsWith("/webhook_subscriptions")) {
                String body = response.peekBody(1 << 20).string();
                Matcher secret = SECRET.matcher(body);
                if (secret.find()) {
                    secrets.add(secret.group(1));
                }
            }
            return response;
        });
        SandboxInterceptor.inProcessClient(sandbox).interceptors().forEach(http::addInterceptor);
        return PagerDutyClient.builder(PagerDutyClientConfig.builder("test-token").baseUrl("https://sandbox.invalid")
                        .build())
                .httpClient(http.build())
                .rateLimiter(RateLimiter.unlimited())
                .sleeper(duration -> {
                })
                .build();
    }
}
