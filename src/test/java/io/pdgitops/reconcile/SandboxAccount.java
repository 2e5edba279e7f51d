package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.apply.Applier;
import io.pdgitops.apply.ApplyListener;
import io.pdgitops.apply.ApplyResult;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyClientConfig;
import io.pdgitops.pagerduty.RateLimiter;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.plan.PlanStatus;
import io.pdgitops.sandbox.Faults;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxInterceptor;
import io.pdgitops.sandbox.SandboxRequest;
import io.pdgitops.sandbox.Seed;
import io.pdgitops.sandbox.SeedLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** An in-process sandbox and a client on it that never sleeps, with the sandbox's call counts and faults at hand. */
public final class SandboxAccount {

    static final Path EXAMPLE_REPO = Path.of("example-repo");
    private static final ObjectMapper JSON = new ObjectMapper();

    public final Sandbox sandbox;
    public final PagerDutyClient client;

    public SandboxAccount(Seed seed) {
        this(seed, 5);
    }

    SandboxAccount(Seed seed, int maxRetries) {
        this(new Sandbox(SandboxConfig.permissiveDefaults().withRateLimit(1_000_000), seed), maxRetries);
    }

    SandboxAccount(Sandbox sandbox) {
        this(sandbox, 5);
    }

    private SandboxAccount(Sandbox sandbox, int maxRetries) {
        this.sandbox = sandbox;
        this.client = client(sandbox, maxRetries);
    }

    public static PagerDutyClient client(Sandbox sandbox, int maxRetries) {
        PagerDutyClientConfig config = PagerDutyClientConfig.builder("test-token")
                .baseUrl("https://sandbox.invalid").maxRetries(maxRetries).build();
        return PagerDutyClient.builder(config)
                .httpClient(SandboxInterceptor.inProcessClient(sandbox))
                .rateLimiter(RateLimiter.unlimited())
                .sleeper(duration -> {
                })
                .build();
    }

    static SandboxAccount example() {
        return new SandboxAccount(seed(EXAMPLE_REPO.resolve("sandbox-seed.yaml")));
    }

    public static Seed seed(Path file) {
        try {
            return SeedLoader.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DesiredState load(Path dir) {
        LoadResult result = ConfigLoader.load(dir);
        if (!result.isValid()) {
            throw new AssertionError("invalid test repository " + dir + ": " + result.violations());
        }
        return result.state();
    }

    public Reconciler reconciler() {
        return new Reconciler(client, Clock.systemUTC());
    }

    /**
     * The plan against this account, which must be one apply could carry out: a refused plan has no steps, so a
     * test that only looked at its steps would take two live objects of one name (a create made twice) for
     * convergence.
     */
    Plan plan(DesiredState desired) {
        Plan plan = reconciler().plan(desired, Inventory.none(), PlanOptions.from(desired.settings().sync(), false))
                .plan();
        assertThat(plan.ambiguous()).as("declared objects that several live objects match").isEmpty();
        assertThat(plan.status()).as("plan status, refused because: " + plan.refusal().orElse(""))
                .isEqualTo(PlanStatus.READY);
        return plan;
    }

    ApplyResult apply(DesiredState desired) {
        return apply(desired, ApplyListener.NONE);
    }

    ApplyResult apply(DesiredState desired, ApplyListener listener) {
        return apply(desired, Applier.DEFAULT_PARALLELISM, listener);
    }

    ApplyResult apply(DesiredState desired, int parallelism, ApplyListener listener) {
        Reconciler reconciler = reconciler().withApplyParallelism(parallelism);
        return reconciler.apply(reconciler.plan(desired, Inventory.none(),
                PlanOptions.from(desired.settings().sync(), false)), listener);
    }

    /** Writes answered by the sandbox so far (reads likewise), from its own statistics. */
    public long writes() {
        return admin("GET", "/sandbox-admin/stats", null).path("totals").path("writes").asLong();
    }

    long reads() {
        return admin("GET", "/sandbox-admin/stats", null).path("totals").path("reads").asLong();
    }

    JsonNode stats() {
        return admin("GET", "/sandbox-admin/stats", null);
    }

    void faults(Faults faults) {
        try {
            admin("PUT", "/sandbox-admin/faults", JSON.writeValueAsString(faults));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Has the sandbox stop delivering to a webhook subscription, as PagerDuty does after failed deliveries. */
    public void disableWebhookSubscription(String id) {
        if (admin("POST", "/sandbox-admin/webhook_subscriptions/" + id + "/disable", null).has("error")) {
            throw new IllegalArgumentException("the sandbox has no webhook subscription " + id);
        }
    }

    private JsonNode admin(String method, String path, String body) {
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        var response = sandbox.handle(new SandboxRequest(method, path, Map.of(),
                Map.of("Authorization", List.of("Token token=test-token")), bytes));
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
