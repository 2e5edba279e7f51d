package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.apply.CreateLookup;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first apply of a generated repository costs its writes and the plan's list pages, and next to nothing
 * more: the plan's fresh read already showed every object absent, so creates do not look their names up.
 */
class InitialApplyCallsTest {

    static final int SERVICES = 150;
    /** Share of extra calls the target allows above writes + list pages. */
    static final double SLACK = 0.02;

    @Test
    void initialApplyCostsWritesPlusListPagesWithinTwoPercent(@TempDir Path dir) throws Exception {
        GeneratedAccount generated = GeneratedAccount.of(SERVICES, dir.resolve("repo"));
        SandboxAccount account = generated.account();
        Reconciler reconciler = account.reconciler();

        long readsBefore = account.reads();
        Reconciler.Planned planned = reconciler.plan(generated.desired(), Inventory.none(),
                PlanOptions.from(generated.desired().settings().sync(), false));
        long listPages = account.reads() - readsBefore;
        long writesBefore = account.writes();
        long readsBeforeApply = account.reads();
        assertThat(reconciler.apply(planned, outcome -> { }).succeeded()).isTrue();
        long writes = account.writes() - writesBefore;
        long applyReads = account.reads() - readsBeforeApply;

        assertThat(writes).as("every declared object is written").isGreaterThanOrEqualTo(planned.plan().steps().size());
        assertThat(listPages + writes + applyReads).as("calls of the initial apply")
                .isLessThanOrEqualTo((long) Math.floor((writes + listPages) * (1 + SLACK)));
        assertThat(account.plan(generated.desired()).steps()).as("the apply converged").isEmpty();
    }

    @Test
    void aReadOlderThanTheMarginIsCheckedByNameBeforeEveryCreate(@TempDir Path dir) throws Exception {
        GeneratedAccount generated = GeneratedAccount.of(5, dir.resolve("repo"));
        SandboxAccount account = generated.account();
        Reconciler reconciler = account.reconciler().withCreateLookup(CreateLookup.trustingReadsFor(Duration.ZERO));
        Reconciler.Planned planned = reconciler.plan(generated.desired(), Inventory.none(),
                PlanOptions.from(generated.desired().settings().sync(), false));
        Thread.sleep(5);

        long readsBefore = account.reads();
        assertThat(reconciler.apply(planned, outcome -> { }).succeeded()).isTrue();

        assertThat(account.reads() - readsBefore).as("one look-up per create at least")
                .isGreaterThanOrEqualTo(planned.plan().steps().size());
    }
}
