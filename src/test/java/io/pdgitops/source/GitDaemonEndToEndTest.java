package io.pdgitops.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetches from a real {@code git daemon} on loopback while the {@code git} command line pushes to it. */
class GitDaemonEndToEndTest {

    @TempDir
    static Path temp;

    private static GitDaemon daemon;
    private static String url;
    private static Path work;

    @BeforeAll
    static void startDaemon() throws IOException, InterruptedException {
        Assumptions.assumeTrue(GitCli.installed(),
                "git is not installed: skipping the end-to-end test against a real git daemon");
        daemon = GitDaemon.start(temp, "config.git");
        url = daemon.url();
        work = temp.resolve("work");
        GitCli.run(temp, "clone", url, work.toString());
    }

    @AfterAll
    static void stopDaemon() throws InterruptedException {
        if (daemon != null) {
            daemon.close();
        }
    }

    private static String pushCommit(String file, String content, String message)
            throws IOException, InterruptedException {
        Path path = work.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
        GitCli.run(work, "add", "-A");
        GitCli.run(work, "commit", "-q", "-m", message, "--date=2026-04-01T12:00:00Z");
        GitCli.run(work, "push", "-q", "origin", "HEAD:refs/heads/main");
        return GitCli.run(work, "rev-parse", "HEAD");
    }

    /** Each test clones into its own data directory, as a newly started service would. */
    private static GitSource cloneOf(String branch, String subPath) throws IOException {
        return GitSource.open(GitRemote.of(url, branch).withSubPath(subPath), Files.createTempDirectory(temp, "data"),
                SourceLimits.DEFAULTS);
    }

    @Test
    void clonesFetchesAPushedCommitIncrementallyAndReadsItsTree() throws IOException, InterruptedException {
        String first = pushCommit("pd/teams.yaml", "kind: Team\nname: Ops Tokyo\n", "Add Tokyo team");
        try (GitSource source = cloneOf("main", "pd")) {
            assertThat(source.fetchTrackedBranch()).isEqualTo(first);

            String second = pushCommit("pd/teams.yaml", "kind: Team\nname: Ops Osaka\n", "Move team to Osaka\n\nWhy.");

            assertThat(source.fetchTrackedBranch()).isEqualTo(second);
            try (TreeSnapshot tree = source.materialize(second)) {
                assertThat(tree.files()).containsExactly("teams.yaml");
                assertThat(tree.root().resolve("teams.yaml")).hasContent("kind: Team\nname: Ops Osaka");
            }
            assertThat(source.commitInfo(second)).isEqualTo(new CommitInfo(second, "Taro Yamada",
                    "taro@example.com", "Move team to Osaka", Instant.parse("2026-04-01T12:00:00Z")));
            assertThat(source.commitInfo(first).subject()).isEqualTo("Add Tokyo team");
        }
    }

    @Test
    void missingSubPathAtAPushedCommitIsAClearError() throws IOException, InterruptedException {
        String head = pushCommit("other/readme.txt", "not configuration\n", "Add readme");
        try (GitSource source = cloneOf("main", "pagerduty")) {
            assertThat(source.fetchTrackedBranch()).isEqualTo(head);

            assertThatThrownBy(() -> source.materialize(head))
                    .hasMessage("sub-path 'pagerduty' does not exist at commit " + head + " in " + url);
        }
    }

    @Test
    void unknownBranchOnTheServerIsAClearError() throws IOException {
        try (GitSource source = cloneOf("no-such-branch", "")) {
            assertThatThrownBy(source::fetchTrackedBranch)
                    .isInstanceOf(GitSourceException.class)
                    .hasMessage("branch 'no-such-branch' not found in " + url);
        }
    }
}
