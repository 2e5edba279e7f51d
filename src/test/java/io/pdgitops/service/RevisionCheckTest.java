package io.pdgitops.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdgitops.check.CheckOutcome;
import io.pdgitops.check.CheckResult;
import io.pdgitops.oncall.OnCallDifference;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.plan.StepAction;
import io.pdgitops.review.CheckMarkdown;
import io.pdgitops.review.FileLinks;
import io.pdgitops.source.GitCli;
import io.pdgitops.state.SyncState;
import io.pdgitops.state.SyncTrigger;
import io.pdgitops.validate.Problem;
import io.pdgitops.validate.ProblemSource;
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

    private LocalConfigRepo repo;
    private RevisionCheck check;

    @BeforeEach
    void setUp() throws IOException, InterruptedException {
        Assumptions.assumeTrue(GitCli.installed(), "git is not installed: skipping");
        repo = LocalConfigRepo.create(temp);
        check = new RevisionCheck(repo.source, repo.account.reconciler());
    }

    @AfterEach
    void tearDown() {
        if (repo != null) {
            repo.close();
        }
    }

    @Test
    void branchWithChangesGetsThePlanAndPagerDutyAndStateStayAsTheyWere() throws Exception {
        String head = repo.commit("Add the payments configuration");
        GitCli.run(repo.origin, "branch", "feature");
        JsonNode before = repo.account.sandbox.exportState();
        SyncState stateBefore = repo.store.state();

        CheckResult result = check.run(RevisionCheck.fetchable("feature"), repo.store.state());

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
        assertThat(repo.account.sandbox.exportState()).isEqualTo(before);
        assertThat(repo.store.state()).isEqualTo(stateBefore);
    }

    @Test
    void aNewScheduleBringsItsOnCallTimeToTheCheckAndToTheRequestComment() throws Exception {
        repo.commit("Add the payments configuration");
        Files.writeString(repo.origin.resolve("schedules.yaml"), """
                kind: Schedule
                name: Payments On Call
                time_zone: Asia/Tokyo
                layers:
                  - name: Weekly
                    start: 2026-01-05T09:00:00+09:00
                    rotation_turn_length: 7d
                    users: [taro@example.com, hanako@example.com]
                """);
        repo.commit("Add the payments schedule");
        GitCli.run(repo.origin, "branch", "feature");

        CheckResult result = check.run(RevisionCheck.fetchable("feature"), repo.store.state());

        assertThat(result.outcome()).isEqualTo(CheckOutcome.CHANGES);
        assertThat(result.onCall()).extracting(OnCallDifference::schedule).containsExactly("Payments On Call");
        assertThat(result.onCall().get(0).created()).isTrue();
        String comment = new CheckMarkdown(FileLinks.none()).render(result);
        assertThat(comment).contains("**On call in the next 14 days**", "*Payments On Call* (Asia/Tokyo): new schedule",
                "taro@example.com", "hanako@example.com");
    }

    @Test
    void invalidCommitListsEveryErrorWithFileAndLine() throws Exception {
        repo.commit("Add the payments configuration");
        Files.writeString(repo.origin.resolve("services/broken.yaml"),
                "kind: Service\nname: Broken\nescalation_policy: Payments Primary\nauto_resolve_timeout: soon\n"
                        + "---\nkind: Service\nname: Unreachable\nescalation_policy: Nobody\n");
        String bad = repo.commit("Add broken services");

        CheckResult result = check.run(bad, repo.store.state());

        assertThat(result.outcome()).isEqualTo(CheckOutcome.INVALID);
        assertThat(result.outcome().valid()).isFalse();
        assertThat(result.plan()).isEmpty();
        assertThat(result.errors()).extracting(Problem::file, Problem::line)
                .containsExactly(tuple("services/broken.yaml", 4), tuple("services/broken.yaml", 8));
    }

    @Test
    void revisionAlreadyAppliedHasNoChangesAndARemovalPreviewsThePruneFromTheInventory() throws Exception {
        String applied = repo.commit("Add the payments configuration");
        repo.source.fetchTrackedBranch();
        new SyncRun(repo.source, repo.store, repo.account.reconciler(), Clock.systemUTC()).run(applied, SyncTrigger.MANUAL);

        assertThat(check.run(applied, repo.store.state()).outcome()).isEqualTo(CheckOutcome.NO_CHANGES);

        Files.delete(repo.origin.resolve("services/payments.yaml"));
        String removal = repo.commit("Remove the payments service");
        CheckResult result = check.run(removal, repo.store.state());

        assertThat(result.outcome()).isEqualTo(CheckOutcome.CHANGES);
        assertThat(result.plan().orElseThrow().steps()).extracting(PlanStep::action, step -> step.key().toString())
                .containsExactly(tuple(StepAction.DELETE, "Service `Payments API`"));
        assertThat(repo.account.client.services().findByName("Payments API")).isNotEmpty();
    }

    @Test
    void theCommitNamedIsCheckedEvenWhenItsRefHasMovedOn() throws Exception {
        String first = repo.commit("Add the payments configuration");
        Files.writeString(repo.origin.resolve("teams.yaml"), "kind: Team\nname: Ops Osaka\n");
        repo.commit("Rename the team");
        GitCli.run(repo.origin, "update-ref", "refs/pull/7/head", "HEAD");

        CheckResult result = check.run("refs/pull/7/head", first, repo.store.state());

        assertThat(result.requested()).isEqualTo("refs/pull/7/head");
        assertThat(result.commitId()).contains(first);
        assertThat(result.plan().orElseThrow().steps()).extracting(step -> step.key().toString())
                .contains("Team `Ops Tokyo`");
    }

    @Test
    void unknownBranchIsAFailedCheckNamingGit() {
        CheckResult result = check.run(RevisionCheck.fetchable("no-such-branch"), repo.store.state());

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAILED);
        assertThat(result.commit()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.source()).isEqualTo(ProblemSource.GIT);
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

}
