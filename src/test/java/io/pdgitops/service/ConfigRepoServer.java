package io.pdgitops.service;

import io.pdgitops.source.GitCli;
import io.pdgitops.source.GitDaemon;
import io.pdgitops.state.FileStateStore;
import io.pdgitops.state.StateStore;
import io.pdgitops.state.SyncTrigger;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A configuration repository served by a real {@code git daemon}, started before the service boots: {@code main}
 * holds {@code src/test/resources/service/repo} under {@code pd/}. Tests push further commits through
 * {@link #push}.
 */
public class ConfigRepoServer implements QuarkusTestResourceLifecycleManager {

    public static final String API_TOKEN = "test-api-token";
    public static final String GITHUB_SECRET = "test-webhook-secret";
    public static final String SUB_PATH = "pd";
    public static final long MAX_BODY_BYTES = 64 * 1024;
    static final Path INITIAL = Path.of("src/test/resources/service/repo");

    /** Init argument: leave a sync marked as in progress in the state, as a process killed mid-apply would. */
    public static final String INTERRUPTED = "interrupted";
    /** Init argument: set no API token, so that the write endpoints are off and every caller is anonymous. */
    public static final String WITHOUT_API_TOKEN = "without-api-token";

    private static Path temp;
    private boolean interrupted;
    private boolean withoutApiToken;
    private static Path work;
    private static GitDaemon daemon;

    @Override
    public void init(Map<String, String> initArgs) {
        interrupted = Boolean.parseBoolean(initArgs.getOrDefault(INTERRUPTED, "false"));
        withoutApiToken = Boolean.parseBoolean(initArgs.getOrDefault(WITHOUT_API_TOKEN, "false"));
    }

    @Override
    public Map<String, String> start() {
        try {
            temp = Files.createTempDirectory("pd-gitops-service-test");
            daemon = GitDaemon.start(temp, "config.git");
            work = temp.resolve("work");
            GitCli.run(temp, "clone", "-q", daemon.url(), work.toString());
            copyTree(INITIAL, work.resolve(SUB_PATH));
            String head = commitAndPush("Add the payments configuration");
            if (interrupted) {
                FileStateStore.open(temp.resolve("data"), StateStore.DEFAULT_HISTORY_LIMIT)
                        .beginSync(head, SyncTrigger.PUSH_WEBHOOK);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Map.of(
                "pd-gitops.repo.url", daemon.url(),
                "pd-gitops.repo.path", SUB_PATH,
                "pd-gitops.data-dir", temp.resolve("data").toString(),
                "pd-gitops.api-token", withoutApiToken ? "" : API_TOKEN,
                "pd-gitops.webhook.github-secret", GITHUB_SECRET,
                "pd-gitops.webhook.max-body-bytes", Long.toString(MAX_BODY_BYTES),
                "pd-gitops.sync-on-start", Boolean.toString(!interrupted));
    }

    @Override
    public void stop() {
        try {
            if (daemon != null) {
                daemon.close();
            }
            deleteRecursively(temp);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static String url() {
        return daemon.url();
    }

    /** Writes {@code file} (relative to the configuration folder), commits, pushes and returns the commit id. */
    public static synchronized String push(String file, String content, String message) {
        try {
            Path path = work.resolve(SUB_PATH).resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, content);
            return commitAndPush(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Commits {@code file} on a branch started from {@code main}, pushes it as {@code branch} and as the pull request
     * ref {@code refs/pull/<number>/head} (as GitHub keeps it), returns the commit id; {@code main} is untouched.
     */
    public static synchronized String pushPullRequest(String branch, long number, String file, String content,
            String message) {
        try {
            GitCli.run(work, "checkout", "-q", "-B", branch);
            Path path = work.resolve(SUB_PATH).resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, content);
            GitCli.run(work, "add", "-A");
            GitCli.run(work, "commit", "-q", "-m", message);
            GitCli.run(work, "push", "-q", "-f", "origin", "HEAD:refs/heads/" + branch,
                    "HEAD:refs/pull/" + number + "/head");
            String head = GitCli.run(work, "rev-parse", "HEAD");
            GitCli.run(work, "checkout", "-q", "-B", "main", "origin/main");
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String commitAndPush(String message) throws IOException, InterruptedException {
        GitCli.run(work, "add", "-A");
        GitCli.run(work, "commit", "-q", "-m", message);
        GitCli.run(work, "push", "-q", "origin", "HEAD:refs/heads/main");
        return GitCli.run(work, "rev-parse", "HEAD");
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    public static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
