package io.pdgitops.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.model.DesiredState;
import io.pdgitops.reconcile.SandboxAccount;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxHttpServer;
import io.pdgitops.sandbox.TokenAccess;
import io.pdgitops.source.GitCli;
import io.pdgitops.source.GitDaemon;
import io.pdgitops.state.FileStateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service, run as its own process, is killed with SIGKILL in the middle of applying a revision of
 * about forty objects, and started again on the same data directory: it must finish the job without duplicating
 * what the killed run had already created, and say in its history that a sync was cut off.
 */
class ServiceRestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGERDUTY_TOKEN = "restart-test-token";
    /** What the test itself looks at PagerDuty with: it cannot change anything by mistake. */
    private static final String CHECK_TOKEN = "restart-test-read-only-token";
    private static final String API_TOKEN = "restart-test-api-token";
    private static final String WEBHOOK_SECRET = "restart-test-webhook-secret";
    private static final String SUB_PATH = "pd";
    private static final int CUSTOMERS = 18;
    /** Team, escalation policy, the payments service, and per customer a service and its integration. */
    private static final int WRITES_TO_APPLY = 3 + 2 * CUSTOMERS;
    private static final int KILLED_AFTER_WRITES = 12;
    private static final Duration GENEROUS = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    private GitDaemon daemon;
    private Sandbox sandbox;
    private SandboxHttpServer sandboxServer;
    private HoldingProxy proxy;
    private final List<ServiceProcess> processes = new ArrayList<>();

    @BeforeEach
    void startGitAndPagerDuty() throws IOException, InterruptedException {
        Assumptions.assumeTrue(GitCli.installed(), "git is not installed");
        daemon = GitDaemon.start(temp, "config.git");
        sandbox = new Sandbox(SandboxConfig.withToken(PAGERDUTY_TOKEN).withToken(CHECK_TOKEN, TokenAccess.READ_ONLY),
                SandboxAccount.seed(ConfigRepoServer.INITIAL.resolve("sandbox-seed.yaml")));
        sandboxServer = SandboxHttpServer.start(sandbox, "127.0.0.1", 0);
        proxy = HoldingProxy.start(sandboxServer.baseUri(), KILLED_AFTER_WRITES);
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (ServiceProcess process : processes) {
            process.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (sandboxServer != null) {
            sandboxServer.close();
        }
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void killedDuringAnApplyTheServiceResumesAtRestartAndConvergesWithoutDuplicates() throws Exception {
        Path work = temp.resolve("work");
        String head = pushConfiguration(work);
        Path dataDir = temp.resolve("data");

        ServiceProcess first = start(dataDir, "first");
        assertThat(proxy.awaitHolding(GENEROUS))
                .withFailMessage(() -> "the first run never reached write " + KILLED_AFTER_WRITES + "; its log:\n"
                        + first.logText())
                .isTrue();
        first.kill();

        JsonNode cutOff = JSON.readTree(dataDir.resolve(FileStateStore.FILE_NAME).toFile());
        assertThat(cutOff.path("syncInProgress").path("revision").asText()).isEqualTo(head);
        assertThat(cutOff.hasNonNull("lastAppliedRevision")).as("an applied revision in %s", cutOff).isFalse();
        // Creates go out without a look-up first, so workers beside the held one may have written a little more.
        int createdBeforeTheKill = proxy.writes();
        assertThat(createdBeforeTheKill).isBetween(KILLED_AFTER_WRITES, WRITES_TO_APPLY - 1);
        proxy.release();

        ServiceProcess second = start(dataDir, "second");
        JsonNode synced = Eventually.await(GENEROUS, second::status, status -> status != null
                && head.equals(status.path("lastAppliedRevision").asText())
                && status.path("phase").asText().equals("Synced"));
        assertThat(synced.path("lastSeenRevision").asText()).isEqualTo(head);

        JsonNode history = second.get("/api/v1/syncs");
        List<JsonNode> oldestFirst = new ArrayList<>();
        history.forEach(record -> oldestFirst.add(0, record));
        assertThat(oldestFirst).extracting(r -> r.path("trigger").asText(), r -> r.path("outcome").asText(),
                r -> r.path("revision").asText()).containsExactly(
                tuple("STARTUP", "INTERRUPTED", head),
                tuple("STARTUP", "SUCCEEDED", head));
        // The resumed sync did only what the killed one had not: the held write was done, so it is not repeated.
        assertThat(oldestFirst.get(1).path("steps")).hasSize(WRITES_TO_APPLY - createdBeforeTheKill);
        assertThat(proxy.writes()).isEqualTo(WRITES_TO_APPLY);

        DesiredState desired = SandboxContents.load(work.resolve(SUB_PATH));
        SandboxContents pagerDuty = new SandboxContents(sandbox, CHECK_TOKEN);
        assertThat(pagerDuty.hasChangesFor(desired)).as("a plan against PagerDuty after the restart").isFalse();
        assertThat(pagerDuty.namesIn("/teams", "teams")).containsExactly("Ops Tokyo");
        assertThat(pagerDuty.namesIn("/escalation_policies", "escalation_policies")).containsExactly("Payments Primary");
        List<String> services = pagerDuty.namesIn("/services", "services");
        assertThat(services).hasSize(1 + CUSTOMERS).doesNotHaveDuplicates();
        assertThat(pagerDuty.integrationCounts("Customer ")).hasSize(CUSTOMERS)
                .allSatisfy(count -> assertThat(count).isEqualTo(1));

        for (String shown : List.of(first.logText(), second.logText(), synced.toString(), history.toString())) {
            assertThat(shown).doesNotContain(PAGERDUTY_TOKEN, API_TOKEN, WEBHOOK_SECRET);
        }
    }

    private ServiceProcess start(Path dataDir, String name) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        ServiceProcess process = ServiceProcess.start(dir, Map.of(
                "PD_GITOPS_REPO_URL", daemon.url(),
                "PD_GITOPS_REPO_PATH", SUB_PATH,
                "PD_GITOPS_DATA_DIR", dataDir.toString(),
                "PD_GITOPS_POLL_INTERVAL", "off",
                "PD_GITOPS_DRIFT_INTERVAL", "off",
                "PD_GITOPS_API_TOKEN", API_TOKEN,
                "PD_GITOPS_WEBHOOK_GITHUB_SECRET", WEBHOOK_SECRET,
                "PAGERDUTY_TOKEN", PAGERDUTY_TOKEN,
                "PAGERDUTY_URL", proxy.baseUri().toString()), dir.resolve("service.log"));
        processes.add(process);
        return process;
    }

    /** The service test repository plus one service with one integration per customer; returns the commit. */
    private String pushConfiguration(Path work) throws IOException, InterruptedException {
        GitCli.run(temp, "clone", "-q", daemon.url(), work.toString());
        ConfigRepoServer.copyTree(ConfigRepoServer.INITIAL, work.resolve(SUB_PATH));
        StringBuilder customers = new StringBuilder();
        IntStream.rangeClosed(1, CUSTOMERS).forEach(n -> customers.append(String.format(
                "---%nkind: Service%nname: Customer %02d%nescalation_policy: Payments Primary%n"
                        + "integrations:%n  - {name: Nagios, type: nagios}%n", n)));
        Files.writeString(work.resolve(SUB_PATH).resolve("services/customers.yaml"), customers);
        GitCli.run(work, "add", "-A");
        GitCli.run(work, "commit", "-q", "-m", "Add the customers' services");
        GitCli.run(work, "push", "-q", "origin", "HEAD:refs/heads/main");
        return GitCli.run(work, "rev-parse", "HEAD");
    }
}
