package io.pdgitops.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.plan.StepAction;
import io.pdgitops.reconcile.SandboxAccount;
import io.pdgitops.source.GitCli;
import io.pdgitops.source.GitRemote;
import io.pdgitops.source.GitSource;
import io.pdgitops.source.SourceLimits;
import io.pdgitops.state.StateStore;
import io.pdgitops.state.SyncState;
import io.pdgitops.state.SyncTrigger;
import io.pdgitops.state.ValidationError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks of branches and commits against an in-process sandbox: what a sync would do, with nothing applied. */
class RevisionCheckTest {

    @TempDir
    Path temp;

    private Path origin;
    private GitSource source;
    private StateStore store;
    private SandboxAccount account;
    private RevisionCheck check;

    @BeforeEach
    void setUp() throws IOException, InterruptedException {
        Assumptions.assumeTrue(GitCli.installed(), "git is not installed: skipping");
        origin = temp.resolve("origin");
        GitCli.run(temp, "init", "-q", "-b", "main", origin.toString());
        ConfigRepoServer.copyTree(ConfigRepoServer.INITIAL, origin);
        source = GitSource.open(GitRemote.of(origin.toString(), "main"), temp.resolve("data"), SourceLimits.DEFAULTS);
        store = StateStore.open(temp.resolve("data"), 100);
        account = new SandboxAccount(SandboxAccount.seed(ConfigRepoServer.INITIAL.resolve("sandbox-seed.yaml")));
        check = new RevisionCheck(source, account.reconciler());
    }

    @AfterEach
    void tearDown() {
        if (source != null) {
            source.close();
        }
    }

    @Test
    void branchWithChangesGetsThePlanAndPagerDutyAndStateStayAsTheyWere() throws Exception {
        String head = commit("Add the payments configuration");
        GitCli.run(origin, "branch", "feature");
        JsonNode before = account.sandbox.exportState();
        SyncState stateBefore = store.state();

        CheckResult result = check.run(RevisionCheck.fetchable("feature"), store.state());

        assertThat(result.outcome()).isEqualTo(CheckOutcome.CHANGES);
        assertThat(result.requested()).isEqualTo("refs/heads/feature");
        assertThat(result.commitId()).contains(head);
        assertThat(result.commit()).map(c -> c.subject()).contains("Add the payments configuration");
        assertThat(result.errors()).isEmpty();
        assertThat(result.declaredObjects()).isEqualTo(3);
        assertThat(result.plan().orElseThrow().steps()).extracting(PlanStep::action, step -> step.key().toString())
                .containsExactly(tuple(StepAction.CREATE, "Team `Ops Tokyo`"),
                        tuple(StepAction.CREATE, "EscalationPolicy `Payments Primary`"),
                        tuple(StepAction.CREATE, "Service `Payments API`"));
        assertThat(account.sandbox.exportState()).isEqualTo(before);
        assertThat(store.state()).isEqualTo(stateBefore);
    }

    @Test
    void invalidCommitListsEveryErrorWithFileAndLine() throws Exception {
        commit("Add the payments configuration");
        Files.writeString(origin.resolve("services/broken.yaml"),
                "kind: Service\nname: Broken\nescalation_policy: Payments Primary\nauto_resolve_timeout: soon\n"
                        + "---\nkind: Service\nname: Unreachable\nescalation_policy: Nobody\n");
        String bad = commit("Add broken services");

        CheckResult result = check.run(bad, store.state());

        assertThat(result.outcome()).isEqualTo(CheckOutcome.INVALID);
        assertThat(result.outcome().valid()).isFalse();
        assertThat(result.plan()).isEmpty();
        assertThat(result.errors()).extracting(ValidationError::file, ValidationError::line)
                .containsExactly(tuple("services/broken.yaml", 4), tuple("services/broken.yaml", 8));
    }

    @Test
    void revisionAlreadyAppliedHasNoChangesAndARemovalPreviewsThePruneFromTheInventory() throws Exception {
        String applied = commit("Add the payments configuration");
        source.fetchTrackedBranch();
        new SyncRun(source, store, account.reconciler(), Clock.systemUTC()).run(applied, SyncTrigger.MANUAL);

        assertThat(check.run(applied, store.state()).outcome()).isEqualTo(CheckOutcome.NO_CHANGES);

        Files.delete(origin.resolve("services/payments.yaml"));
        String removal = commit("Remove the payments service");
        CheckResult result = check.run(removal, store.state());

        assertThat(result.outcome()).isEqualTo(CheckOutcome.CHANGES);
        assertThat(result.plan().orElseThrow().steps()).extracting(PlanStep::action, step -> step.key().toString())
                .containsExactly(tuple(StepAction.DELETE, "Service `Payments API`"));
        assertThat(account.client.services().findByName("Payments API")).isNotEmpty();
    }

    @Test
    void theCommitNamedIsCheckedEvenWhenItsRefHasMovedOn() throws Exception {
        String first = commit("Add the payments configuration");
        Files.writeString(origin.resolve("teams.yaml"), "kind: Team\nname: Ops Osaka\n");
        commit("Rename the team");
        GitCli.run(origin, "update-ref", "refs/pull/7/head", "HEAD");

        CheckResult result = check.run("refs/pull/7/head", first, store.state());

        assertThat(result.requested()).isEqualTo("refs/pull/7/head");
        assertThat(result.commitId()).contains(first);
        assertThat(result.plan().orElseThrow().steps()).extracting(step -> step.key().toString())
                .contains("Team `Ops Tokyo`");
    }

    @Test
    void unknownBranchIsAFailedCheckNamingGit() {
        CheckResult result = check.run(RevisionCheck.fetchable("no-such-branch"), store.state());

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAILED);
        assertThat(result.commit()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(SyncRun.GIT);
            assertThat(error.message()).contains("refs/heads/no-such-branch");
        });
    }

    @Test
    void fetchableKeepsRefsAndCommitIdsAndReadsTheRestAsBranches() {
        String id = "0123456789abcdef0123456789abcdef01234567";
        assertThat(RevisionCheck.fetchable(id)).isEqualTo(id);
        assertThat(RevisionCheck.fetchable("refs/pull/7/head")).isEqualTo("refs/pull/7/head");
        assertThat(RevisionCheck.fetchable(" feature/x ")).isEqualTo("refs/heads/feature/x");
    }

    private String commit(String message) throws IOException, InterruptedException {
        GitCli.run(origin, "add", "-A");
        GitCli.run(origin, "commit", "-q", "-m", message);
        return GitCli.run(origin, "rev-parse", "HEAD");
    }
}
