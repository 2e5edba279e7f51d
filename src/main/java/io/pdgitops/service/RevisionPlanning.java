package io.pdgitops.service;

import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.SyncPolicy;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.reconcile.Reconciler;
import io.pdgitops.state.SyncState;
import io.pdgitops.state.ValidationError;
import io.pdgitops.validate.Violation;
import java.util.List;

/** What a sync and a check of a revision share: its errors as history keeps them, and its plan. */
final class RevisionPlanning {

    private RevisionPlanning() {
    }

    static List<ValidationError> errors(LoadResult loaded) {
        return loaded.violations().stream().filter(Violation::isError)
                .map(v -> new ValidationError(v.location().file(), v.location().line(), v.message())).toList();
    }

    /** @param where a pseudo file name such as {@link SyncRun#GIT} */
    static ValidationError failure(String where, RuntimeException e) {
        return new ValidationError(where, 0, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** Prunes from the recorded inventory only when one was recorded: lost state never deletes. */
    static Reconciler.Planned plan(Reconciler reconciler, DesiredState desired, SyncState state) {
        boolean inventoryKnown = state.lastAppliedRevision() != null;
        SyncPolicy policy = desired.settings().sync();
        PlanOptions options = new PlanOptions(policy.prune() && inventoryKnown, policy.maxDeletions(), false);
        return reconciler.plan(desired, InventoryMapping.toInventory(state.inventory(), inventoryKnown), options);
    }
}
