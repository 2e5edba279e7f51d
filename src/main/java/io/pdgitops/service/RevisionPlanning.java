package io.pdgitops.service;

import io.pdgitops.apply.FailureText;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.SyncPolicy;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.reconcile.Reconciler;
import io.pdgitops.source.GitSourceException;
import io.pdgitops.state.SyncState;
import io.pdgitops.validate.Problem;
import io.pdgitops.validate.ProblemSource;
import java.util.List;
import java.util.Locale;

/** What a sync and a check of a revision share: its errors as history keeps them, and its plan. */
final class RevisionPlanning {

    private RevisionPlanning() {
    }

    static List<Problem> errors(LoadResult loaded) {
        return Problem.errorsOf(loaded.violations());
    }

    /** @param where Git or PagerDuty, whichever could not be read */
    static Problem failure(ProblemSource where, RuntimeException e) {
        // Git's own failures say what went wrong; anything else is named by its type and logged with its trace.
        if (e instanceof GitSourceException && e.getMessage() != null) {
            return Problem.from(where, e.getMessage());
        }
        return Problem.from(where, FailureText.of("a " + where.name().toLowerCase(Locale.ROOT) + " step of the sync", e));
    }

    /** Prunes from the recorded inventory only when one was recorded: lost state never deletes. */
    static Reconciler.Planned plan(Reconciler reconciler, DesiredState desired, SyncState state) {
        boolean inventoryKnown = state.lastAppliedRevision() != null;
        SyncPolicy policy = desired.settings().sync();
        PlanOptions options = new PlanOptions(policy.prune() && inventoryKnown, policy.maxDeletions(), false);
        return reconciler.plan(desired, InventoryMapping.toInventory(state.inventory(), inventoryKnown), options);
    }
}
