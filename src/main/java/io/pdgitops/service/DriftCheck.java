package io.pdgitops.service;

import io.pdgitops.check.DriftSnapshot;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.load.FileLoadCache;
import io.pdgitops.load.LoadResult;
import io.pdgitops.oncall.OnCallDrifts;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.reconcile.Reconciler;
import io.pdgitops.source.GitSource;
import io.pdgitops.state.SyncState;
import java.time.Clock;
import java.util.Optional;

/** Compares PagerDuty with the last applied revision; changes nothing. */
public final class DriftCheck {

    private final GitSource source;
    private final Reconciler reconciler;
    private final Clock clock;
    private final int horizonDays;
    private final FileLoadCache files;

    public DriftCheck(GitSource source, Reconciler reconciler, Clock clock) {
        this(source, reconciler, clock, OnCallDrifts.DEFAULT_HORIZON_DAYS);
    }

    /** @param horizonDays how many days ahead who is on call is compared */
    public DriftCheck(GitSource source, Reconciler reconciler, Clock clock, int horizonDays) {
        this(source, reconciler, clock, horizonDays, new FileLoadCache());
    }

    /** @param files what the files of earlier loads added, shared with the syncs of the same process */
    public DriftCheck(GitSource source, Reconciler reconciler, Clock clock, int horizonDays, FileLoadCache files) {
        this.files = files;
        this.source = source;
        this.reconciler = reconciler;
        this.clock = clock;
        this.horizonDays = OnCallDrifts.horizonDays(horizonDays);
    }

    public DriftSnapshot run(SyncState state) {
        String revision = state.lastAppliedRevision();
        if (revision == null) {
            return failed(null, "nothing has been applied yet");
        }
        try {
            LoadResult loaded = RevisionLoader.load(source, revision, files);
            if (!loaded.isValid()) {
                return failed(revision, "the last applied revision no longer validates");
            }
            PlanOptions options = PlanOptions.from(loaded.state().settings().sync(), false);
            Reconciler.Planned planned = reconciler.plan(loaded.state(),
                    InventoryMapping.toInventory(state.inventory(), true), options);
            return new DriftSnapshot(clock.instant(), revision, Optional.of(DriftReport.of(planned.diff(),
                    reconciler.onCallDrift(planned, horizonDays))),
                    Optional.empty(), loaded.state().settings().sync().selfHeal(), Optional.of(planned.desired()));
        } catch (RuntimeException e) {
            return failed(revision, e.getMessage());
        }
    }

    private DriftSnapshot failed(String revision, String problem) {
        return new DriftSnapshot(clock.instant(), revision, Optional.empty(), Optional.of(problem), false);
    }
}
