package io.pdgitops.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.reconcile.SandboxAccount;
import io.pdgitops.sandbox.SandboxRequest;
import io.pdgitops.source.GitCli;
import io.pdgitops.source.GitSource;
import io.pdgitops.state.InventoryEntry;
import io.pdgitops.state.StateStore;
import io.pdgitops.state.StepResult;
import io.pdgitops.state.SyncOutcome;
import io.pdgitops.state.SyncRecord;
import io.pdgitops.state.SyncTrigger;
import io.pdgitops.validate.Problem;
import io.pdgitops.validate.ProblemSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One sync at a time against an in-process sandbox, from a local Git repository. */
class SyncRunTest {

    @TempDir
    Path temp;

    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalConfigRepo repo;
    private Path origin;
    private GitSource source;
    private StateStore store;
    private SandboxAccount account;
    private SyncRun run;

    @BeforeEach
    void setUp() throws IOException, InterruptedException {
        Assumptions.assumeTrue(GitCli.installed(), "git is not installed: skipping");
        repo = LocalConfigRepo.create(temp);
        origin = repo.origin;
        source = repo.source;
        store = repo.store;
        account = repo.account;
        run = new SyncRun(source, store, account.reconciler(), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        if (repo != null) {
            repo.close();
        }
    }

    @Test
    void validRevisionIsAppliedRecordedAndThenHasNoChanges() throws Exception {
        String first = commit("Add the payments configuration");

        SyncRecord applied = sync(first).record();

        assertThat(applied.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
        assertThat(applied.author()).isEqualTo("Taro Yamada <taro@example.com>");
        assertThat(applied.message()).isEqualTo("Add the payments configuration");
        assertThat(applied.steps()).extracting(StepResult::object).containsExactly("Team `Ops Tokyo`",
                "EscalationPolicy `Payments Primary`", "Service `Payments API`");
        assertThat(store.state().lastAppliedRevision()).isEqualTo(first);
        assertThat(store.state().inventory()).extracting(InventoryEntry::kind, InventoryEntry::name)
                .containsExactly(tuple("EscalationPolicy", "Payments Primary"), tuple("Service", "Payments API"),
                        tuple("Team", "Ops Tokyo"));
        assertThat(store.state().inventory()).as("each object's declaring file, in the revision applied")
                .allSatisfy(entry -> assertThat(origin.resolve(entry.file())).isRegularFile()
                        .content().contains("name: " + entry.name()));
        assertThat(store.state().inProgress()).isEmpty();

        assertThat(sync(first).record().outcome()).isEqualTo(SyncOutcome.NO_CHANGES);
    }

    @Test
    void invalidRevisionAppliesNothingAndKeepsTheLastGoodOne() throws Exception {
        String good = commit("Add the payments configuration");
        sync(good);
        Files.writeString(origin.resolve("services/broken.yaml"),
                "kind: Service\nname: Broken\nescalation_policy: Payments Primary\nauto_resolve_timeout: soon\n");
        String bad = commit("Add a broken service");

        SyncRun.Finished finished = sync(bad);

        assertThat(finished.record().outcome()).isEqualTo(SyncOutcome.INVALID_CONFIG);
        assertThat(finished.record().errors()).extracting(Problem::file, Problem::line)
                .containsExactly(tuple("services/broken.yaml", 4));
        assertThat(store.state().lastAppliedRevision()).isEqualTo(good);
        assertThat(store.state().lastSeenRevision()).isEqualTo(bad);
        assertThat(account.client.services().findByName("Broken")).isEmpty();
    }

    @Test
    void anEmailTheAccountLacksMakesTheRevisionInvalidBeforeAnyWrite() throws Exception {
        String good = commit("Add the payments configuration");
        sync(good);
        Path policies = origin.resolve("escalation-policies.yaml");
        String ghost = "ghost@example.com";
        String edited = Files.readString(policies).replace("{user: hanako@example.com}",
                "{user: hanako@example.com}, {user: " + ghost + "}");
        Files.writeString(policies, edited);
        Files.writeString(origin.resolve("teams.yaml"), Files.readString(origin.resolve("teams.yaml"))
                .replace("description: Tokyo shift", "description: Tokyo shift, renamed"));
        String bad = commit("Page one more person");
        long writesBefore = account.writes();

        SyncRun.Finished finished = sync(bad);

        assertThat(finished.record().outcome()).isEqualTo(SyncOutcome.INVALID_CONFIG);
        int line = edited.lines().toList().indexOf(edited.lines().filter(l -> l.contains(ghost)).findFirst().orElseThrow()) + 1;
        assertThat(finished.record().errors()).singleElement().satisfies(error -> {
            assertThat(error.where()).isEqualTo("escalation-policies.yaml:" + line);
            assertThat(error.message()).contains("`" + ghost + "` is not a user of the PagerDuty account");
        });
        assertThat(account.writes()).as("the team's change is not written either").isEqualTo(writesBefore);
        assertThat(store.state().lastAppliedRevision()).isEqualTo(good);
    }

    @Test
    void deletionsOverTheLimitAreRefusedAndAllowedOnesArePruned() throws Exception {
        sync(commit("Add the payments configuration"));
        Files.delete(origin.resolve("services/payments.yaml"));
        Files.delete(origin.resolve("teams.yaml"));
        String twoDeletions = commit("Remove the service and the team");

        SyncRecord refused = sync(twoDeletions).record();

        assertThat(refused.outcome()).isEqualTo(SyncOutcome.FAILED);
        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.source()).isEqualTo(ProblemSource.PLAN);
            assertThat(error.message()).contains("max_deletions").endsWith("; nothing was applied");
        });
        assertThat(account.client.services().findByName("Payments API")).isNotEmpty();

        ConfigRepoServer.copyTree(ConfigRepoServer.INITIAL.resolve("teams.yaml"), origin.resolve("teams.yaml"));
        String oneDeletion = commit("Keep the team");
        SyncRecord pruned = sync(oneDeletion).record();

        assertThat(pruned.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
        assertThat(pruned.steps()).extracting(StepResult::action, StepResult::object)
                .containsExactly(tuple("delete", "Service `Payments API`"));
        assertThat(account.client.services().findByName("Payments API")).isEmpty();
        assertThat(store.state().inventory()).doesNotContain(InventoryEntry.of("Service", "Payments API"));
    }

    @Test
    void aFileReplacedByALinkLeavingTheFolderMakesTheRevisionInvalidAndDeletesNothing() throws Exception {
        String good = commit("Add the payments configuration");
        sync(good);
        Path elsewhere = temp.resolve("elsewhere.yaml");
        Files.move(origin.resolve("services/payments.yaml"), elsewhere);
        Files.createSymbolicLink(origin.resolve("services/payments.yaml"), elsewhere);
        String linked = commit("Link the service definition from elsewhere");

        SyncRecord record = sync(linked).record();

        assertThat(record.outcome()).isEqualTo(SyncOutcome.INVALID_CONFIG);
        assertThat(record.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("services/payments.yaml");
            assertThat(error.message()).contains("points outside");
        });
        assertThat(record.steps()).isEmpty();
        assertThat(account.client.services().findByName("Payments API")).isNotEmpty();
        assertThat(store.state().lastAppliedRevision()).isEqualTo(good);
    }

    @Test
    void revisionMissingFromTheLocalCopyIsAFailedSyncNamingGit() {
        SyncRecord failed = run.run("0".repeat(40), SyncTrigger.MANUAL).record();

        assertThat(failed.outcome()).isEqualTo(SyncOutcome.FAILED);
        assertThat(failed.errors()).singleElement().satisfies(error -> {
            assertThat(error.source()).isEqualTo(ProblemSource.GIT);
            assertThat(error.message()).startsWith("commit " + "0".repeat(40) + " is not in the local copy");
        });
        assertThat(store.state().lastAppliedRevision()).isNull();
    }

    @Test
    void aDeclaredObjectThatSeveralLiveOnesMatchRefusesTheSyncAndWritesNothing() throws Exception {
        Files.writeString(origin.resolve("schedules.yaml"), "kind: Schedule\nname: Rotation\ntime_zone: Asia/Tokyo\n"
                + "layers:\n  - {name: Daily, start: 2026-01-05T09:00:00+09:00, rotation_turn_length: 1d, "
                + "users: [hanako@example.com]}\n");
        assertThat(sync(commit("Add the rotation")).record().outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
        JsonNode created = JSON.readTree(sandbox("GET", "/schedules", null)).path("schedules").get(0);
        ObjectNode copy = (ObjectNode) JSON.readTree(sandbox("GET", "/schedules/" + created.path("id").asText(), null))
                .path("schedule");
        copy.remove("id");
        String second = JSON.readTree(sandbox("POST", "/schedules", JSON.createObjectNode().set("schedule", copy)
                .toString())).path("schedule").path("id").asText();
        assertThat(second).as("a second schedule of the name was created").isNotEmpty()
                .isNotEqualTo(created.path("id").asText());
        Files.writeString(origin.resolve("teams-more.yaml"), "kind: Team\nname: Ops Osaka\n");
        String next = commit("Add a team");

        SyncRecord refused = sync(next).record();

        assertThat(refused.outcome()).isEqualTo(SyncOutcome.FAILED);
        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.source()).isEqualTo(ProblemSource.PLAN);
            assertThat(error.message()).contains("Schedule `Rotation` (").contains(created.path("id").asText())
                    .contains(second).endsWith("; nothing was applied");
        });
        assertThat(account.client.teams().findByName("Ops Osaka")).as("nothing was written").isEmpty();
    }

    private String sandbox(String method, String path, String body) {
        return account.sandbox.handle(new SandboxRequest(method, path, Map.of(),
                Map.of("Authorization", List.of("Token token=any"), "Content-Type", List.of("application/json")),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8))).bodyText();
    }

    private String commit(String message) throws IOException, InterruptedException {
        return repo.commit(message);
    }

    private SyncRun.Finished sync(String revision) {
        assertThat(source.fetchTrackedBranch()).isEqualTo(revision);
        return run.run(revision, SyncTrigger.PUSH_WEBHOOK);
    }
}
