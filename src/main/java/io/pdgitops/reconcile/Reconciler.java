package io.pdgitops.reconcile;

import io.pdgitops.apply.Applier;
import io.pdgitops.apply.ApplyListener;
import io.pdgitops.apply.ApplyResult;
import io.pdgitops.diff.Diff;
import io.pdgitops.diff.DiffOptions;
import io.pdgitops.live.LiveAccount;
import io.pdgitops.live.LiveStateReader;
import io.pdgitops.model.DesiredState;
import io.pdgitops.oncall.OnCallDifference;
import io.pdgitops.plan.PlanOnCall;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.plan.Planner;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The one place that runs read live state -> diff -> plan -> apply, for the CLI and the service alike. */
public final class Reconciler {

    /** A plan together with what it was computed from, so that apply writes against the same view. */
    public record Planned(DesiredState desired, LiveAccount account, Diff diff, Plan plan) {

        /** How each schedule the plan creates or updates moves on-call time, from the moment it was planned. */
        public List<OnCallDifference> onCallDifferences() {
            return PlanOnCall.differences(plan, desired, diff.live(), diff.now());
        }
    }

    private final PagerDutyClient client;
    private final Clock clock;
    private final int applyParallelism;

    public Reconciler(PagerDutyClient client, Clock clock) {
        this(client, clock, Applier.DEFAULT_PARALLELISM);
    }

    /** @param applyParallelism how many plan steps an apply may run at once */
    public Reconciler(PagerDutyClient client, Clock clock, int applyParallelism) {
        this.client = client;
        this.clock = clock;
        this.applyParallelism = applyParallelism;
    }

    public Reconciler withApplyParallelism(int parallelism) {
        return new Reconciler(client, clock, parallelism);
    }

    public Planned plan(DesiredState desired, Inventory inventory, PlanOptions options) {
        Instant now = clock.instant();
        LiveAccount account = new LiveStateReader(client).read(desired, now);
        Diff diff = Diff.between(desired, account.state(), new DiffOptions(now));
        // The diff settles layers' virtual starts (rotation position kept): apply what it compared.
        return new Planned(diff.desired(), account, diff, Planner.plan(diff, inventory, options));
    }

    public ApplyResult apply(Planned planned, ApplyListener listener) {
        return new Applier(client, clock, applyParallelism).apply(planned.plan(), planned.desired(), planned.account(), listener);
    }
}
