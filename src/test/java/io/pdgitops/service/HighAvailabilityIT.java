package io.pdgitops.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Service;
import io.pdgitops.reconcile.SandboxAccount;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxHttpServer;
import io.pdgitops.sandbox.TokenAccess;
import io.pdgitops.source.GitCli;
import io.pdgitops.source.GitDaemon;
import io.pdgitops.state.TestPostgres;
import io.pdgitops.webhook.SharedPayloads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged services, each its own process, share one PostgreSQL state store and one PagerDuty (the sandbox's
 * server). Each replica reaches PagerDuty through its own {@link HoldingProxy}, which counts its writes and can stall
 * one of them: that is how the test knows who wrote, and how it kills the leader in the middle of an apply.
 */
class HighAvailabilityIT {

    private static final String PAGERDUTY_TOKEN = "ha-test-token";
    /** What the test itself looks at PagerDuty with: it cannot change anything by mistake. */
    private static final String CHECK_TOKEN = "ha-test-read-only-token";
    private static final String API_TOKEN = "ha-test-api-token";
    private static final String WEBHOOK_SECRET = "ha-test-webhook-secret";
    private static final String SUB_PATH = "pd";
    private static final String BRANCH = "main";
    private static final int CUSTOMERS = 18;
    /** Per customer a service and its integration. */
    private static final int WRITES_OF_THE_LARGE_CHANGE = 2 * CUSTOMERS;
    private static final int KILLED_AFTER_WRITES = 10;
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(15);
    private static final Duration GENEROUS = Duration.ofSeconds(90);
    private static final List<String> NAMES = List.of("alpha", "beta");

    @TempDir
    Path temp;

    private GitDaemon daemon;
    private Sandbox sandbox;
    private SandboxHttpServer sandboxServer;
    private String jdbcUrl;
    private final Map<String, HoldingProxy> proxies = new HashMap<>();
    private final List<ServiceProcess> processes = new ArrayList<>();

    @BeforeEach
    void startGitPostgresAndPagerDuty() throws IOException, InterruptedException {
        Assumptions.assumeTrue(GitCli.installed(), "git is not installed (Debian package git)");
        SharedPayloads.assumePresent();
        daemon = GitDaemon.start(temp, "config.git");
        sandbox = new Sandbox(SandboxConfig.withToken(PAGERDUTY_TOKEN).withToken(CHECK_TOKEN, TokenAccess.READ_ONLY),
                SandboxAccount.seed(ConfigRepoServer.INITIAL.resolve("sandbox-seed.yaml")));
        sandboxServer = SandboxHttpServer.start(sandbox, "127.0.0.1", 0);
        for (String name : NAMES) {
            proxies.put(name, HoldingProxy.passingThrough(sandboxServer.baseUri()));
        }
        jdbcUrl = TestPostgres.newDatabase().jdbcUrl();
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (ServiceProcess process : processes) {
            process.close();
        }
        proxies.values().forEach(HoldingProxy::close);
        if (sandboxServer != null) {
            sandboxServer.close();
        }
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void oneLeaderAppliesTheFollowersWebhooksAndIsReplacedWithoutDuplicatesWhenKilledMidApply() throws Exception {
        Path work = temp.resolve("work");
        String initial = pushInitialConfiguration(work);
        Map<String, ServiceProcess> replicas = new HashMap<>();
        for (String name : NAMES) {
            replicas.put(name, start(name));
        }

        // Both answer, both are ready, both name the same leader, and that leader has synced the branch head.
        String leaderName = agreedLeader(replicas, initial);
        String followerName = NAMES.get(1 - NAMES.indexOf(leaderName));
        ServiceProcess leader = replicas.get(leaderName);
        ServiceProcess follower = replicas.get(followerName);
        for (ServiceProcess replica : replicas.values()) {
            assertThat(replica.get("/q/health/ready").path("status").asText()).isEqualTo("UP");
        }
        assertThat(proxies.get(followerName).writes()).as("writes by the follower at startup").isZero();

        // A push delivered to the follower is applied by the leader; the follower writes nothing.
        String probe = commit(work, "services/probe.yaml", service("Webhook Probe", ""), "Add a probe service");
        int leaderWritesBefore = proxies.get(leaderName).writes();
        deliverPush(follower, probe);
        awaitApplied(follower, probe);
        assertThat(proxies.get(leaderName).writes()).as("writes by the leader").isGreaterThan(leaderWritesBefore);
        assertThat(proxies.get(followerName).writes()).as("writes by the follower").isZero();

        // A large change, pushed to the follower again; the leader is killed once some of its writes are done.
        int leaderWritesBeforeTheLargeChange = proxies.get(leaderName).writes();
        proxies.get(leaderName).holdAfter(KILLED_AFTER_WRITES);
        String large = commit(work, "services/customers.yaml", customers(), "Add the customers' services");
        deliverPush(follower, large);
        assertThat(proxies.get(leaderName).awaitHolding(GENEROUS))
                .withFailMessage(() -> "the leader never reached write " + KILLED_AFTER_WRITES + " of the large change;"
                        + " its log:\n" + leader.logText())
                .isTrue();
        leader.kill();
        long killedAt = System.nanoTime();
        int leaderWrites = proxies.get(leaderName).writes() - leaderWritesBeforeTheLargeChange;
        proxies.get(leaderName).release();

        // The follower takes the lead within the limit and finishes the change.
        Eventually.await(TAKEOVER_LIMIT.plusSeconds(5), follower::status,
                status -> status != null && followerName.equals(status.path("leader").asText()));
        Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
        assertThat(takeover).as("time from the kill until the follower leads").isLessThan(TAKEOVER_LIMIT);
        awaitApplied(follower, large);
        System.out.printf("Takeover after the kill: %d ms; the killed leader made %d of the change's writes%n",
                takeover.toMillis(), leaderWrites);
        assertThat(leaderWrites).as("writes the killed leader made").isLessThan(WRITES_OF_THE_LARGE_CHANGE);
        // What the killed leader had done, the held write included, is not done again by the new one.
        assertThat(proxies.get(followerName).writes()).as("writes by the new leader")
                .isEqualTo(WRITES_OF_THE_LARGE_CHANGE - leaderWrites);

        DesiredState desired = SandboxContents.load(work.resolve(SUB_PATH));
        SandboxContents pagerDuty = new SandboxContents(sandbox, CHECK_TOKEN);
        assertThat(pagerDuty.hasChangesFor(desired)).as("a plan against PagerDuty after the takeover").isFalse();
        assertThat(pagerDuty.namesIn("/services", "services")).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(desired.services().stream().map(Service::name).toList());
        assertThat(pagerDuty.integrationCounts("Customer ")).hasSize(CUSTOMERS)
                .allSatisfy(count -> assertThat(count).isEqualTo(1));

        // History: the cut-off sync is recorded as interrupted, then the successful one, and no id is used twice.
        List<JsonNode> oldestFirst = new ArrayList<>();
        follower.get("/api/v1/syncs").forEach(record -> oldestFirst.add(0, record));
        List<JsonNode> ofTheLargeChange = oldestFirst.stream()
                .filter(record -> large.equals(record.path("revision").asText())).toList();
        assertThat(ofTheLargeChange).extracting(record -> record.path("outcome").asText())
                .containsExactly("INTERRUPTED", "SUCCEEDED");
        Set<Long> ids = new HashSet<>();
        oldestFirst.forEach(record -> assertThat(ids.add(record.path("id").asLong()))
                .as("id %s used once in %s", record.path("id"), oldestFirst).isTrue());

        // The old leader, started again on the same database, follows.
        ServiceProcess restarted = start(leaderName);
        JsonNode rejoined = Eventually.await(GENEROUS, restarted::status, status -> status != null
                && large.equals(status.path("lastAppliedRevision").asText()));
        assertThat(rejoined.path("replica").asText()).isEqualTo(leaderName);
        assertThat(rejoined.path("leader").asText()).isEqualTo(followerName);
        assertThat(restarted.get("/q/health/ready").path("status").asText()).isEqualTo("UP");

        for (ServiceProcess process : processes) {
            assertThat(process.logText()).doesNotContain(PAGERDUTY_TOKEN, API_TOKEN, WEBHOOK_SECRET);
        }
    }

    /** Waits until both replicas answer and name the same leader, which has applied {@code revision}. */
    private String agreedLeader(Map<String, ServiceProcess> replicas, String revision) {
        return Eventually.await(GENEROUS, () -> {
            Set<String> leaders = new HashSet<>();
            for (ServiceProcess replica : replicas.values()) {
                JsonNode status = replica.status();
                if (status == null || !revision.equals(status.path("lastAppliedRevision").asText())) {
                    return null;
                }
                leaders.add(status.path("leader").asText());
            }
            return leaders.size() == 1 ? leaders.iterator().next() : null;
        }, leader -> leader != null && NAMES.contains(leader));
    }

    private static void awaitApplied(ServiceProcess replica, String revision) {
        Eventually.await(GENEROUS, replica::status, status -> status != null
                && revision.equals(status.path("lastAppliedRevision").asText())
                && status.path("phase").asText().equals("Synced"));
    }

    private void deliverPush(ServiceProcess replica, String revision) throws IOException, InterruptedException {
        GitHubPush push = GitHubPush.of(daemon.url(), BRANCH, revision, WEBHOOK_SECRET);
        assertThat(replica.post("/api/v1/webhooks/github", push.body(), push.headers()))
                .as("answer to the webhook").isBetween(200, 299);
    }

    private ServiceProcess start(String name) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name + "-" + processes.size()));
        ServiceProcess process = ServiceProcess.start(dir, Map.ofEntries(
                Map.entry("PD_GITOPS_REPO_URL", daemon.url()),
                Map.entry("PD_GITOPS_REPO_PATH", SUB_PATH),
                Map.entry("PD_GITOPS_DATA_DIR", dir.resolve("data").toString()),
                Map.entry("PD_GITOPS_POLL_INTERVAL", "off"),
                Map.entry("PD_GITOPS_DRIFT_INTERVAL", "off"),
                Map.entry("PD_GITOPS_API_TOKEN", API_TOKEN),
                Map.entry("PD_GITOPS_WEBHOOK_GITHUB_SECRET", WEBHOOK_SECRET),
                Map.entry("PD_GITOPS_STATE_KIND", "postgresql"),
                Map.entry("PD_GITOPS_STATE_REPLICA_NAME", name),
                Map.entry("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl),
                Map.entry("QUARKUS_DATASOURCE_USERNAME", TestPostgres.USER),
                Map.entry("PAGERDUTY_TOKEN", PAGERDUTY_TOKEN),
                Map.entry("PAGERDUTY_URL", proxies.get(name).baseUri().toString())), dir.resolve("service.log"));
        processes.add(process);
        return process;
    }

    private String pushInitialConfiguration(Path work) throws IOException, InterruptedException {
        GitCli.run(temp, "clone", "-q", daemon.url(), work.toString());
        ConfigRepoServer.copyTree(ConfigRepoServer.INITIAL, work.resolve(SUB_PATH));
        GitCli.run(work, "add", "-A");
        GitCli.run(work, "commit", "-q", "-m", "Start");
        GitCli.run(work, "push", "-q", "origin", "HEAD:refs/heads/" + BRANCH);
        return GitCli.run(work, "rev-parse", "HEAD");
    }

    /** Writes {@code file} under the configuration directory, commits and pushes it; returns the commit. */
    private static String commit(Path work, String file, String content, String message)
            throws IOException, InterruptedException {
        Files.writeString(work.resolve(SUB_PATH).resolve(file), content);
        GitCli.run(work, "add", "-A");
        GitCli.run(work, "commit", "-q", "-m", message);
        GitCli.run(work, "push", "-q", "origin", "HEAD:refs/heads/" + BRANCH);
        return GitCli.run(work, "rev-parse", "HEAD");
    }

    private static String customers() {
        StringBuilder customers = new StringBuilder();
        IntStream.rangeClosed(1, CUSTOMERS).forEach(n -> customers.append(service(String.format("Customer %02d", n),
                String.format("integrations:%n  - {name: Nagios, type: nagios}%n"))));
        return customers.toString();
    }

    private static String service(String name, String more) {
        return String.format("---%nkind: Service%nname: %s%nescalation_policy: Payments Primary%n", name) + more;
    }
}
