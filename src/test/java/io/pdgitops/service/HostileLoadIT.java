package io.pdgitops.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdgitops.reconcile.SandboxAccount;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxHttpServer;
import io.pdgitops.source.GitCli;
import io.pdgitops.source.GitDaemon;
import io.pdgitops.testing.LauncherServeOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service with the launcher's 256 MB heap, as its own process, under the traffic that once killed its
 * event loop: 50 senders streaming 30 MB unsigned bodies at once (half under a declared length, half chunked), 10
 * streaming 20 MB bodies with forged signatures (read, a few at a time) and 1,000 small deliveries with forged
 * signatures. Meanwhile every status and liveness request, each on a connection
 * of its own, must be answered 200; afterwards a signed push must be synced. The bodies come from one small buffer
 * written again and again, so the test itself holds next to nothing. The figures measured are printed.
 */
class HostileLoadIT {

    private static final String PAGERDUTY_TOKEN = "load-test-token";
    private static final String WEBHOOK_SECRET = "load-test-webhook-secret";
    private static final String SUB_PATH = "pd";
    private static final String WEBHOOK = "/api/v1/webhooks/github";
    /** What ./pd-gitops gives serve: the heap limit and collector users run. */
    private static final List<String> SERVE_OPTIONS = LauncherServeOptions.read();
    private static final long THIRTY_MB = 30L * 1024 * 1024;
    private static final int LARGE_SENDERS = 50;
    /** Under the 25 MiB limit and signed (wrongly): these are read, so they take the few slots for large bodies. */
    private static final long TWENTY_MB = 20L * 1024 * 1024;
    private static final int READ_LARGE_SENDERS = 10;
    private static final int FORGED_DELIVERIES = 1000;
    private static final int FORGING_THREADS = 16;
    private static final int TIMEOUT_MILLIS = 60_000;
    private static final Duration GENEROUS = Duration.ofSeconds(120);
    private static final Path DEPLOYMENT = Path.of("deploy/kubernetes/deployment.yaml");

    @TempDir
    Path temp;

    private GitDaemon daemon;
    private SandboxHttpServer sandboxServer;
    private ServiceProcess service;

    @BeforeEach
    void startGitAndPagerDuty() throws IOException, InterruptedException {
        Assumptions.assumeTrue(GitCli.installed(), "git is not installed (Debian package git)");
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/status")),
                "peak resident memory is read from /proc (Linux)");
        daemon = GitDaemon.start(temp, "config.git");
        Sandbox sandbox = new Sandbox(SandboxConfig.withToken(PAGERDUTY_TOKEN),
                SandboxAccount.seed(ConfigRepoServer.INITIAL.resolve("sandbox-seed.yaml")));
        sandboxServer = SandboxHttpServer.start(sandbox, "127.0.0.1", 0);
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (service != null) {
            service.close();
        }
        if (sandboxServer != null) {
            sandboxServer.close();
        }
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void largeUnsignedAndForgedDeliveriesLeaveItAnsweringAndSyncingWithinItsMemory() throws Exception {
        Path work = temp.resolve("work");
        String first = pushInitialConfiguration(work);
        service = start();
        Eventually.await(GENEROUS, service::status, status -> status != null
                && first.equals(status.path("lastAppliedRevision").asText())
                && status.path("phase").asText().equals("Synced"));
        long cpuBefore = cpuMillis();

        StatusWatch watch = new StatusWatch(service.port());
        Map<Integer, Long> large;
        Map<Integer, Long> readLarge;
        Map<Integer, Long> forged;
        try {
            List<Callable<Integer>> senders = new ArrayList<>();
            for (int i = 0; i < LARGE_SENDERS; i++) {
                boolean chunked = i % 2 == 1;
                senders.add(() -> RawHttp.stream(service.port(), WEBHOOK, unsignedHeaders(), THIRTY_MB, chunked,
                        TIMEOUT_MILLIS));
            }
            for (int i = 0; i < READ_LARGE_SENDERS; i++) {
                senders.add(() -> RawHttp.stream(service.port(), WEBHOOK, forgedHeaders(), TWENTY_MB, false,
                        TIMEOUT_MILLIS));
            }
            byte[] forgedBody = GitHubPush.of(daemon.url(), "main", "0".repeat(40), "not-the-secret").body();
            List<Callable<Integer>> forgers = new ArrayList<>();
            for (int i = 0; i < FORGED_DELIVERIES; i++) {
                forgers.add(() -> RawHttp.post(service.port(), WEBHOOK, forgedHeaders(), forgedBody.length, forgedBody,
                        TIMEOUT_MILLIS));
            }
            ExecutorService largePool = Executors.newFixedThreadPool(senders.size());
            ExecutorService forgingPool = Executors.newFixedThreadPool(FORGING_THREADS);
            try {
                List<Future<Integer>> largeAnswers = new ArrayList<>();
                for (Callable<Integer> sender : senders) {
                    largeAnswers.add(largePool.submit(sender));
                }
                List<Future<Integer>> forgedAnswers = forgingPool.invokeAll(forgers);
                large = countByStatus(largeAnswers.subList(0, LARGE_SENDERS));
                readLarge = countByStatus(largeAnswers.subList(LARGE_SENDERS, largeAnswers.size()));
                forged = countByStatus(forgedAnswers);
            } finally {
                largePool.shutdownNow();
                forgingPool.shutdownNow();
            }
        } finally {
            watch.stop();
        }
        long cpuDuring = cpuMillis() - cpuBefore;
        long peakKib = peakResidentKib(service.handle().pid());

        String figures = "Hostile load with " + String.join(" ", SERVE_OPTIONS) + ": " + LARGE_SENDERS + " senders of " + THIRTY_MB
                + " bytes answered " + large + "; " + READ_LARGE_SENDERS + " forged deliveries of " + TWENTY_MB
                + " bytes answered " + readLarge + "; " + FORGED_DELIVERIES + " forged deliveries answered " + forged
                + "; status and liveness answered " + watch.answered() + " times, failed " + watch.failures()
                + "; service CPU during the flood " + cpuDuring + " ms; peak resident memory " + peakKib / 1024
                + " MiB";
        System.out.println(figures);

        // No large body is ever taken: each is refused from its headers (no length 411, over the limit 413, no
        // signature 401) or cut off when the server closes the connection.
        assertThat(large.keySet()).as(figures).allSatisfy(status -> assertThat(status).isIn(-1, 401, 411, 413));
        assertThat(large.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(LARGE_SENDERS);
        // Bodies within the limit are read a few at a time and fail their signature; the others are told to retry.
        assertThat(readLarge.keySet()).as(figures).allSatisfy(status -> assertThat(status).isIn(-1, 401, 503));
        assertThat(readLarge).as(figures).containsKey(401);
        assertThat(forged).as(figures).containsOnlyKeys(401).containsEntry(401, (long) FORGED_DELIVERIES);
        assertThat(watch.failures()).as(figures).isEmpty();
        assertThat(watch.answered()).as(figures).isPositive();
        assertThat(RawHttp.get(service.port(), "/q/health/live", TIMEOUT_MILLIS)).isEqualTo(200);
        assertThat(peakKib).as(figures).isLessThanOrEqualTo(kubernetesMemoryLimitKib());
        assertThat(service.logText()).doesNotContain("OutOfMemoryError").doesNotContain(WEBHOOK_SECRET);

        String next = pushService(work);
        GitHubPush push = GitHubPush.of(daemon.url(), "main", next, WEBHOOK_SECRET);
        assertThat(service.post(WEBHOOK, push.body(), push.headers())).isEqualTo(202);
        JsonNode synced = Eventually.await(GENEROUS, service::status, status -> status != null
                && next.equals(status.path("lastAppliedRevision").asText())
                && !status.path("phase").asText().equals("Syncing"));
        assertThat(synced.path("phase").asText()).isEqualTo("Synced");
    }

    /** Asks for status and liveness, each on a new connection, until stopped; remembers every failed answer. */
    private static final class StatusWatch {
        private final AtomicBoolean watching = new AtomicBoolean(true);
        private final List<String> failures = new ArrayList<>();
        private final ExecutorService thread = Executors.newSingleThreadExecutor();
        private final Future<Long> answered;

        StatusWatch(int port) {
            answered = thread.submit(() -> {
                long count = 0;
                while (watching.get()) {
                    for (String path : List.of("/api/v1/status", "/q/health/live")) {
                        int status = RawHttp.get(port, path, TIMEOUT_MILLIS);
                        if (status == 200) {
                            count++;
                        } else {
                            synchronized (failures) {
                                failures.add(path + " " + status);
                            }
                        }
                    }
                }
                return count;
            });
        }

        void stop() throws Exception {
            watching.set(false);
            answered.get(TIMEOUT_MILLIS * 2L, TimeUnit.MILLISECONDS);
            thread.shutdownNow();
        }

        long answered() throws Exception {
            return answered.get();
        }

        List<String> failures() {
            synchronized (failures) {
                return List.copyOf(failures);
            }
        }
    }

    private ServiceProcess start() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("service"));
        return ServiceProcess.start(dir, Map.of(
                "PD_GITOPS_REPO_URL", daemon.url(),
                "PD_GITOPS_REPO_PATH", SUB_PATH,
                "PD_GITOPS_DATA_DIR", temp.resolve("data").toString(),
                "PD_GITOPS_POLL_INTERVAL", "off",
                "PD_GITOPS_DRIFT_INTERVAL", "off",
                "PD_GITOPS_WEBHOOK_GITHUB_SECRET", WEBHOOK_SECRET,
                "PAGERDUTY_TOKEN", PAGERDUTY_TOKEN,
                "PAGERDUTY_URL", sandboxServer.baseUri().toString()), dir.resolve("service.log"), SERVE_OPTIONS);
    }

    private static Map<String, String> unsignedHeaders() {
        return Map.of("X-GitHub-Event", "push", "Content-Type", "application/json");
    }

    private static Map<String, String> forgedHeaders() {
        return Map.of("X-GitHub-Event", "push", "X-Hub-Signature-256", "sha256=" + "0".repeat(64),
                "Content-Type", "application/json");
    }

    private static Map<Integer, Long> countByStatus(List<Future<Integer>> answers) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(TIMEOUT_MILLIS * 2L, TimeUnit.MILLISECONDS));
        }
        return statuses.stream().collect(Collectors.groupingBy(status -> status, TreeMap::new, Collectors.counting()));
    }

    private long cpuMillis() {
        return service.handle().info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
    }

    /** The process's high-water mark of resident memory (VmHWM), in KiB. */
    private static long peakResidentKib(long pid) throws IOException {
        Matcher peak = Pattern.compile("VmHWM:\\s+(\\d+) kB").matcher(Files.readString(Path.of("/proc/" + pid
                + "/status")));
        assertThat(peak.find()).as("VmHWM in /proc/%d/status", pid).isTrue();
        return Long.parseLong(peak.group(1));
    }

    /** The memory limit the Kubernetes manifest gives the container, in KiB. */
    private static long kubernetesMemoryLimitKib() throws IOException {
        Matcher limit = Pattern.compile("limits:\\s+memory:\\s+(\\d+)Mi").matcher(Files.readString(DEPLOYMENT));
        assertThat(limit.find()).as("a memory limit in %s", DEPLOYMENT).isTrue();
        return Long.parseLong(limit.group(1)) * 1024;
    }

    private String pushInitialConfiguration(Path work) throws IOException, InterruptedException {
        GitCli.run(temp, "clone", "-q", daemon.url(), work.toString());
        ConfigRepoServer.copyTree(ConfigRepoServer.INITIAL, work.resolve(SUB_PATH));
        return commitAndPush(work, "Add the configuration");
    }

    private static String pushService(Path work) throws IOException, InterruptedException {
        Files.writeString(work.resolve(SUB_PATH).resolve("services/after-the-flood.yaml"),
                "kind: Service\nname: After The Flood\nescalation_policy: Payments Primary\n");
        return commitAndPush(work, "Add a service after the flood");
    }

    private static String commitAndPush(Path work, String message) throws IOException, InterruptedException {
        GitCli.run(work, "add", "-A");
        GitCli.run(work, "commit", "-q", "-m", message);
        GitCli.run(work, "push", "-q", "origin", "HEAD:refs/heads/main");
        return GitCli.run(work, "rev-parse", "HEAD");
    }
}
