package io.pdgitops.service;

import io.pdgitops.apply.ApplyResult;
import io.pdgitops.apply.StepOutcome;
import io.pdgitops.load.FileLoadCache;
import io.pdgitops.load.LoadResult;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanStatus;
import io.pdgitops.reconcile.Reconciler;
import io.pdgitops.reconcile.UnknownReferencesException;
import io.pdgitops.source.CommitInfo;
import io.pdgitops.source.GitSource;
import io.pdgitops.state.InventoryEntry;
import io.pdgitops.state.StateStore;
import io.pdgitops.state.StepResult;
import io.pdgitops.state.StepResultStatus;
import io.pdgitops.state.SyncOutcome;
import io.pdgitops.state.SyncRecord;
import io.pdgitops.state.SyncTrigger;
import io.pdgitops.validate.Problem;
import io.pdgitops.validate.ProblemSource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One sync of a revision: validate (all or nothing), plan against live PagerDuty, apply, record. Every ending is
 * recorded in history; the applied revision and inventory move only when every step succeeded.
 */
public final class SyncRun {

    /** @param declaredObjects documents of the revision, 0 when it could not be read */
    public record Finished(SyncRecord record, int declaredObjects) {
    }

    private final GitSource source;
    private final StateStore store;
    private final Reconciler reconciler;
    private final Clock clock;
    private final FileLoadCache files;

    public SyncRun(GitSource source, StateStore store, Reconciler reconciler, Clock clock) {
        this(source, store, reconciler, clock, new FileLoadCache());
    }

    /** @param files what the files of earlier syncs added, kept by a long-running process between syncs */
    public SyncRun(GitSource source, StateStore store, Reconciler reconciler, Clock clock, FileLoadCache files) {
        this.source = source;
        this.store = store;
        this.reconciler = reconciler;
        this.clock = clock;
        this.files = files;
    }

    /** Syncs {@code revision}, which must have been fetched. */
    public Finished run(String revision, SyncTrigger trigger) {
        Instant started = clock.instant();
        store.recordSeen(revision);
        Optional<CommitInfo> commit = commitInfo(revision);
        Recorder recorder = new Recorder(started, trigger, revision, commit);
        LoadResult loaded;
        try {
            loaded = RevisionLoader.load(source, revision, files);
        } catch (RuntimeException e) {
            return new Finished(recorder.finish(SyncOutcome.FAILED, List.of(), List.of(RevisionPlanning.failure(ProblemSource.GIT, e)), null), 0);
        }
        int declared = loaded.state().objectCount();
        if (!loaded.isValid()) {
            return new Finished(recorder.finish(SyncOutcome.INVALID_CONFIG, List.of(), RevisionPlanning.errors(loaded),
                    null), declared);
        }
        try {
            return new Finished(planAndApply(loaded, recorder), declared);
        } catch (UnknownReferencesException e) {
            // Refused by the plan before any write: the revision is invalid for this account.
            return new Finished(recorder.finish(SyncOutcome.INVALID_CONFIG, List.of(),
                    RevisionPlanning.errors(e.addedTo(loaded)), null), declared);
        } catch (RuntimeException e) {
            return new Finished(recorder.finish(SyncOutcome.FAILED, List.of(), List.of(RevisionPlanning.failure(ProblemSource.PAGERDUTY, e)), null),
                    declared);
        }
    }

    private SyncRecord planAndApply(LoadResult loaded, Recorder recorder) {
        Reconciler.Planned planned = RevisionPlanning.plan(reconciler, loaded.state(), store.state());
        Set<InventoryEntry> declared =
                InventoryMapping.toEntries(Inventory.declaredBy(loaded.state()));
        if (planned.plan().status() == PlanStatus.REFUSED) {
            String reason = planned.plan().refusal().orElse("the plan is refused");
            return recorder.finish(SyncOutcome.FAILED, List.of(),
                    List.of(Problem.from(ProblemSource.PLAN, reason + "; nothing was applied")), null);
        }
        if (!planned.plan().hasChanges()) {
            return recorder.finish(SyncOutcome.NO_CHANGES, List.of(), List.of(), declared);
        }
        store.beginSync(recorder.revision, recorder.trigger);
        ApplyResult result = reconciler.apply(planned, outcome -> { });
        List<StepResult> steps = result.outcomes().stream().map(SyncRun::stepResult).toList();
        if (result.succeeded()) {
            return recorder.finish(SyncOutcome.SUCCEEDED, steps, List.of(), declared);
        }
        boolean nothingApplied = result.count(io.pdgitops.apply.StepStatus.SUCCEEDED) == 0;
        return recorder.finish(nothingApplied ? SyncOutcome.FAILED : SyncOutcome.PARTIALLY_FAILED, steps, List.of(),
                null);
    }

    private Optional<CommitInfo> commitInfo(String revision) {
        try {
            return Optional.of(source.commitInfo(revision));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static StepResult stepResult(StepOutcome outcome) {
        return new StepResult(outcome.step().id(), outcome.step().action().name().toLowerCase(Locale.ROOT),
                outcome.step().key().toString(), StepResultStatus.valueOf(outcome.status().name()),
                outcome.error().orElse(null));
    }

    /** What every history entry of this run shares. */
    private final class Recorder {
        private final Instant started;
        private final SyncTrigger trigger;
        private final String revision;
        private final Optional<CommitInfo> commit;

        Recorder(Instant started, SyncTrigger trigger, String revision, Optional<CommitInfo> commit) {
            this.started = started;
            this.trigger = trigger;
            this.revision = revision;
            this.commit = commit;
        }

        /** @param applied the inventory to record as applied, or null to leave the last applied revision as it is */
        SyncRecord finish(SyncOutcome outcome, List<StepResult> steps, List<Problem> errors,
                Set<InventoryEntry> applied) {
            String author = commit.map(c -> c.authorName() + " <" + c.authorEmail() + ">").orElse(null);
            String message = commit.map(CommitInfo::subject).orElse(null);
            return store.finishSync(new SyncRecord(0, started, clock.instant(), trigger, revision, author, message,
                    outcome, steps, errors), Optional.ofNullable(applied));
        }
    }
}
