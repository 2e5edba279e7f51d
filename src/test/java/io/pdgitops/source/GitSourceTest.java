package io.pdgitops.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.load.UnreadFile;
import io.pdgitops.validate.ViolationCode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitSourceTest {

    @TempDir
    Path temp;

    private OriginRepository origin;
    private String first;

    @BeforeEach
    void createOrigin() throws IOException, GitAPIException {
        origin = OriginRepository.create(temp.resolve("origin"));
        first = origin.commit("Add payments service\n\nLonger body.", Map.of(
                "pagerduty/services/payments.yaml", "kind: Service\nname: Payments API\n",
                "pagerduty/teams.yaml", "kind: Team\nname: Ops Tokyo\n",
                "README.md", "not configuration\n"));
    }

    @AfterEach
    void closeOrigin() {
        origin.close();
    }

    private GitSource open(GitRemote remote) {
        return GitSource.open(remote, temp.resolve("data"), SourceLimits.DEFAULTS);
    }

    private GitRemote tracked(String subPath) {
        return GitRemote.of(origin.dir().toString(), "main").withSubPath(subPath);
    }

    @Test
    void fetchesTheBranchHeadAndReadsOnlyTheSubPathAtThatCommit() throws IOException {
        try (GitSource source = open(tracked("pagerduty"))) {
            String head = source.fetchTrackedBranch();

            assertThat(head).isEqualTo(first);
            assertThat(source.trackedHead()).contains(first);
            try (TreeSnapshot tree = source.materialize(head)) {
                assertThat(tree.commitId()).isEqualTo(first);
                assertThat(tree.files()).containsExactly("services/payments.yaml", "teams.yaml");
                assertThat(tree.root().resolve("services/payments.yaml"))
                        .hasContent("kind: Service\nname: Payments API");
                assertThat(tree.root().resolve("README.md")).doesNotExist();
                assertThat(tree.skipped()).isEmpty();
            }
        }
    }

    @Test
    void theSourceKeepsOneClosedSnapshotsFolderAndDeletesTheOthersAndItOnClose() {
        TreeSnapshot first;
        TreeSnapshot second;
        try (GitSource source = open(tracked(""))) {
            String head = source.fetchTrackedBranch();
            first = source.materialize(head);
            second = source.materialize(head);
            assertThat(second.root()).as("a snapshot taken while another is open has a folder of its own")
                    .isNotEqualTo(first.root()).isDirectory();

            first.close();
            second.close();
            assertThat(first.root()).as("kept for the next revision").isDirectory();
            assertThat(second.root()).as("one folder is kept, no more").doesNotExist();
            first.close(); // a second close changes nothing
            try (TreeSnapshot third = source.materialize(head)) {
                assertThat(third.root()).isEqualTo(first.root());
            }
        }
        assertThat(first.root()).as("closing the source deletes the kept folder").doesNotExist();
    }

    /**
     * A kept folder brought up to a later commit holds exactly that commit's files: changed files rewritten, unchanged
     * ones left alone (their modification time stays as it was set), removed ones gone, and a path that turned from a
     * file into a folder, and one that turned from a folder into a file, as the commit has them.
     */
    @Test
    void aKeptFolderBroughtUpToDateHoldsExactlyTheNextCommitsFiles() throws IOException, GitAPIException {
        origin.commit("More files", Map.of("pagerduty/old/a.yaml", "kind: Team\nname: A\n",
                "pagerduty/flip", "kind: Team\nname: Flip\n"));
        try (GitSource source = open(tracked("pagerduty"))) {
            String before = source.fetchTrackedBranch();
            Path root;
            try (TreeSnapshot tree = source.materialize(before)) {
                root = tree.root();
            }
            FileTime longAgo = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
            Files.setLastModifiedTime(root.resolve("services/payments.yaml"), longAgo);
            Files.setLastModifiedTime(root.resolve("teams.yaml"), longAgo);

            Path work = origin.dir().resolve("pagerduty");
            Files.delete(work.resolve("old/a.yaml"));
            Files.delete(work.resolve("old"));
            Files.delete(work.resolve("flip"));
            origin.commit("Reshape", Map.of("pagerduty/teams.yaml", "kind: Team\nname: Ops\n",
                    "pagerduty/old", "kind: Team\nname: Old\n",
                    "pagerduty/flip/b.yaml", "kind: Team\nname: B\n"));
            String after = source.fetchTrackedBranch();

            try (TreeSnapshot tree = source.materialize(after)) {
                assertThat(tree.root()).isEqualTo(root);
                assertThat(tree.files()).containsExactly("flip/b.yaml", "old", "services/payments.yaml", "teams.yaml");
                try (Stream<Path> onDisk = Files.walk(root)) {
                    assertThat(onDisk.filter(Files::isRegularFile).map(path -> root.relativize(path).toString()).sorted())
                            .containsExactlyElementsOf(tree.files());
                }
                assertThat(root.resolve("teams.yaml")).hasContent("kind: Team\nname: Ops");
                assertThat(root.resolve("old")).hasContent("kind: Team\nname: Old");
                assertThat(root.resolve("flip/b.yaml")).hasContent("kind: Team\nname: B");
                assertThat(Files.getLastModifiedTime(root.resolve("services/payments.yaml"))).isEqualTo(longAgo);
                assertThat(Files.getLastModifiedTime(root.resolve("teams.yaml"))).isNotEqualTo(longAgo);
                try (TreeSnapshot cold = source.materialize(after)) {
                    assertThat(cold.blobIds()).isEqualTo(tree.blobIds());
                }
            }
        }
    }

    @Test
    void fetchesIncrementallyAndKeepsOlderCommitsReadable() throws IOException, GitAPIException {
        try (GitSource source = open(tracked("pagerduty"))) {
            source.fetchTrackedBranch();
            String second = origin.commit("Rename team", Map.of("pagerduty/teams.yaml", "kind: Team\nname: Ops\n"));

            assertThat(source.fetchTrackedBranch()).isEqualTo(second);
            try (TreeSnapshot now = source.materialize(second); TreeSnapshot before = source.materialize(first)) {
                assertThat(now.root().resolve("teams.yaml")).hasContent("kind: Team\nname: Ops");
                assertThat(before.root().resolve("teams.yaml")).hasContent("kind: Team\nname: Ops Tokyo");
            }
        }
    }

    @Test
    void followsAForcePushThatRewindsTheBranch() throws IOException, GitAPIException {
        try (GitSource source = open(tracked(""))) {
            String second = origin.commit("Second", Map.of("pagerduty/teams.yaml", "kind: Team\nname: Ops\n"));
            assertThat(source.fetchTrackedBranch()).isEqualTo(second);

            origin.setRef("refs/heads/main", first);

            assertThat(source.fetchTrackedBranch()).isEqualTo(first);
        }
    }

    @Test
    void reopeningTheDataDirectoryKeepsWhatWasFetched() {
        try (GitSource source = open(tracked(""))) {
            source.fetchTrackedBranch();
        }
        try (GitSource reopened = open(tracked(""))) {
            assertThat(reopened.trackedHead()).contains(first);
            assertThat(reopened.commitInfo(first).subject()).isEqualTo("Add payments service");
        }
    }

    @Test
    void acceptsFileUrlsAndFullBranchRefs() {
        GitRemote remote = GitRemote.of(origin.dir().toUri().toString(), "refs/heads/main");
        try (GitSource source = open(remote)) {
            assertThat(remote.branch()).isEqualTo("main");
            assertThat(source.fetchTrackedBranch()).isEqualTo(first);
        }
    }

    @Test
    void reportsCommitMetadataForHistory() {
        try (GitSource source = open(tracked(""))) {
            CommitInfo info = source.commitInfo(source.fetchTrackedBranch());

            assertThat(info).isEqualTo(new CommitInfo(first, "Hanako Sato", "hanako@example.com",
                    "Add payments service", Instant.parse("2026-03-01T09:30:00Z")));
        }
    }

    @Test
    void unknownBranchIsAClearError() {
        try (GitSource source = open(GitRemote.of(origin.dir().toString(), "release"))) {
            assertThatThrownBy(source::fetchTrackedBranch)
                    .isInstanceOf(GitSourceException.class)
                    .hasMessage("branch 'release' not found in " + origin.dir());
        }
    }

    @Test
    void missingSubPathNamesThePathAndTheCommit() {
        try (GitSource source = open(tracked("config/pagerduty"))) {
            String head = source.fetchTrackedBranch();

            assertThatThrownBy(() -> source.materialize(head))
                    .isInstanceOf(GitSourceException.class)
                    .hasMessage("sub-path 'config/pagerduty' does not exist at commit " + head + " in "
                            + origin.dir());
            assertThat(temp.resolve("data/trees")).isEmptyDirectory();
        }
    }

    @Test
    void subPathThatIsAFileIsRefused() {
        try (GitSource source = open(tracked("README.md"))) {
            String head = source.fetchTrackedBranch();

            assertThatThrownBy(() -> source.materialize(head)).hasMessageContaining("'README.md' is not a folder");
        }
    }

    @Test
    void symbolicLinksInsideTheSubPathAreCopiedAndOthersAreNotFollowed() throws IOException, GitAPIException {
        origin.symlink("Link inside", "pagerduty/alias.yaml", "teams.yaml");
        origin.symlink("Link outside", "pagerduty/escape.yaml", "../README.md");
        String absolute = temp.resolve("elsewhere.yaml").toString();
        origin.symlink("Absolute link", "pagerduty/absolute.yaml", absolute);
        try (GitSource source = open(tracked("pagerduty"));
                TreeSnapshot tree = source.materialize(source.fetchTrackedBranch())) {
            assertThat(tree.files()).containsExactly("alias.yaml", "services/payments.yaml", "teams.yaml");
            assertThat(tree.root().resolve("alias.yaml")).hasContent("kind: Team\nname: Ops Tokyo");
            assertThat(Files.isSymbolicLink(tree.root().resolve("alias.yaml"))).isFalse();
            assertThat(tree.root().resolve("escape.yaml")).doesNotExist();
            assertThat(tree.skipped()).containsExactly(
                    new UnreadFile("absolute.yaml", ViolationCode.SYMLINK_ESCAPES_REPO,
                            "symbolic link to '" + absolute + "' points outside the sub-path, not followed"),
                    new UnreadFile("escape.yaml", ViolationCode.SYMLINK_ESCAPES_REPO,
                            "symbolic link to '../README.md' points outside the sub-path, not followed"));
        }
    }

    @Test
    void filesOverTheSizeLimitAreReportedUnwritten() throws IOException, GitAPIException {
        String body = "x".repeat(2048);
        String big = origin.commit("Big file", Map.of("pagerduty/big.yaml", body));
        SourceLimits small = new SourceLimits(body.length() / 2, 100, Duration.ofSeconds(10));
        try (GitSource source = GitSource.open(tracked("pagerduty"), temp.resolve("data"), small)) {
            source.fetchTrackedBranch();
            TreeSnapshot tree = source.materialize(big);

            assertThat(tree.root().resolve("big.yaml")).doesNotExist();
            assertThat(tree.files()).doesNotContain("big.yaml");
            assertThat(tree.skipped()).containsExactly(UnreadFile.tooLarge("big.yaml", body.length(), body.length() / 2));
            tree.close();
        }
    }

    @Test
    void tooManyFilesStopTheWalkAndReportTheFolder() {
        try (GitSource source = open(tracked(""))) {
            String head = source.fetchTrackedBranch();
            int all;
            try (TreeSnapshot whole = source.materialize(head)) {
                all = whole.files().size();
            }
            SourceLimits fewer = new SourceLimits(1024, all - 1, Duration.ofSeconds(10));
            try (GitSource limited = GitSource.open(tracked(""), temp.resolve("limited"), fewer);
                    TreeSnapshot tree = limited.materialize(limited.fetchTrackedBranch())) {
                assertThat(tree.files()).hasSize(all - 1);
                assertThat(tree.skipped()).containsExactly(UnreadFile.tooManyFiles(all - 1));
            }
        }
    }

    @Test
    void fetchesPullRequestRefsAndKnownCommits() throws IOException, GitAPIException {
        String proposal = origin.commit("Proposal", Map.of("pagerduty/teams.yaml", "kind: Team\nname: Osaka\n"));
        origin.setRef("refs/pull/7/head", proposal);
        origin.setRef("refs/heads/main", first);
        try (GitSource source = open(tracked("pagerduty"))) {
            assertThat(source.fetchTrackedBranch()).isEqualTo(first);

            assertThat(source.fetchRef("refs/pull/7/head")).isEqualTo(proposal);
            assertThat(source.fetchRef(proposal)).isEqualTo(proposal);
            assertThat(source.trackedHead()).contains(first);
            try (TreeSnapshot tree = source.materialize(proposal)) {
                assertThat(tree.root().resolve("teams.yaml")).hasContent("kind: Team\nname: Osaka");
            }
        }
    }

    @Test
    void refusesRefsThatAreNotFullNamesAndUnknownRefs() {
        try (GitSource source = open(tracked(""))) {
            assertThatThrownBy(() -> source.fetchRef("main:evil"))
                    .hasMessage("'main:evil' is neither a full ref name (refs/...) nor a full 40-character commit id");
            assertThatThrownBy(() -> source.fetchRef("refs/pull/99/head"))
                    .hasMessage("ref 'refs/pull/99/head' not found in " + origin.dir());
        }
    }

    @Test
    void commitsNotFetchedYetAreAClearError() {
        String unknown = "0123456789abcdef0123456789abcdef01234567";
        try (GitSource source = open(tracked(""))) {
            assertThatThrownBy(() -> source.commitInfo(unknown))
                    .hasMessage("commit " + unknown + " is not in the local copy of " + origin.dir() + "; fetch it first");
            assertThatThrownBy(() -> source.materialize("abc"))
                    .hasMessage("'abc' is not a full 40-character commit id");
        }
    }

    @Test
    void unreachableUrlIsReportedWithoutCredentials() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://deploy:hunter2@127.0.0.1:" + closedPort + "/acme/pd.git";
        GitRemote remote = GitRemote.of(url, "main").withToken(GitToken.of("tok-s3cret"));
        SourceLimits quick = new SourceLimits(1024, 10, Duration.ofSeconds(5));
        try (GitSource source = GitSource.open(remote, temp.resolve("data"), quick)) {
            assertThatThrownBy(source::fetchTrackedBranch)
                    .isInstanceOf(GitSourceException.class)
                    .hasMessageStartingWith("cannot fetch branch 'main' from http://***@127.0.0.1:" + closedPort
                            + "/acme/pd.git: ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2", "tok-s3cret", "deploy"));
        }
    }

    @Test
    void sshNeedsGitSshAndSaysSo() {
        GitRemote remote = GitRemote.of("git@github.com:acme/pd-config.git", "main");

        assertThatThrownBy(() -> GitSource.open(remote, temp.resolve("data"), SourceLimits.DEFAULTS, name -> null))
                .hasMessageStartingWith("ssh URLs need the GIT_SSH environment variable set")
                .hasMessageContaining("git@github.com:acme/pd-config.git cannot be fetched");
        try (GitSource withGitSsh = GitSource.open(remote, temp.resolve("data"), SourceLimits.DEFAULTS,
                name -> name.equals("GIT_SSH") ? "ssh" : null)) {
            assertThat(withGitSsh.remote()).isEqualTo(remote);
        }
    }

    @Test
    void remoteAndTokenNeverShowTheSecretWhenPrinted() {
        GitRemote remote = GitRemote.of("https://bot:pw@git.example.com/acme/pd.git", "main")
                .withToken(new GitToken("oauth2", "glpat-123"));

        assertThat(remote.toString()).isEqualTo(
                "GitRemote[url=https://***@git.example.com/acme/pd.git, branch=main, subPath=]");
        assertThat(remote.token().orElseThrow().toString()).isEqualTo("GitToken[user=oauth2, value=***]");
        assertThat(remote.redactor().redact("auth failed for glpat-123")).isEqualTo("auth failed for ***");
    }

    @Test
    void subPathIsNormalisedAndMayNotClimbOut() {
        assertThat(GitRemote.of("/r", "main").withSubPath("/pagerduty//prod/").subPath()).isEqualTo("pagerduty/prod");
        assertThat(GitRemote.of("/r", "main").withSubPath(".").subPath()).isEmpty();
        assertThatThrownBy(() -> GitRemote.of("/r", "main").withSubPath("../secrets"))
                .hasMessageContaining("must not contain '.' or '..'");
        assertThat(GitRemote.of("/r", "main").token()).isEqualTo(Optional.empty());
    }
}
