package io.pdgitops.check;

import io.pdgitops.load.LoadResult;
import io.pdgitops.oncall.OnCallDifference;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanStatus;
import io.pdgitops.source.CommitInfo;
import io.pdgitops.validate.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What checking one revision found. Nothing was applied.
 *
 * @param requested the ref or commit asked for
 * @param commit the commit it resolved to, absent when it could not be fetched
 * @param errors the configuration's errors ({@link CheckOutcome#INVALID}), or why the check failed
 * @param plan what a sync would do, for {@link CheckOutcome#CHANGES}, {@link CheckOutcome#NO_CHANGES} and
 *     {@link CheckOutcome#REFUSED}
 * @param declaredObjects documents of the revision, 0 when it could not be read
 * @param onCall how each schedule the plan creates or updates moves on-call time over the next two weeks
 */
public record CheckResult(String requested, Optional<CommitInfo> commit, CheckOutcome outcome,
        List<Problem> errors, Optional<Plan> plan, int declaredObjects, List<OnCallDifference> onCall) {

    public CheckResult {
        errors = List.copyOf(errors);
        onCall = List.copyOf(onCall);
    }

    /** A result with no on-call section: no plan, or none computed. */
    public CheckResult(String requested, Optional<CommitInfo> commit, CheckOutcome outcome,
            List<Problem> errors, Optional<Plan> plan, int declaredObjects) {
        this(requested, commit, outcome, errors, plan, declaredObjects, List.of());
    }

    /** A revision with errors; {@code commit} absent where none applies (a folder checked outside Git). */
    public static CheckResult invalid(String requested, Optional<CommitInfo> commit, LoadResult loaded) {
        return new CheckResult(requested, commit, CheckOutcome.INVALID, Problem.errorsOf(loaded.violations()),
                Optional.empty(), loaded.state().objectCount());
    }

    /** A valid revision and what a sync would do with it. */
    public static CheckResult planned(String requested, Optional<CommitInfo> commit, Plan plan, int declared,
            List<OnCallDifference> onCall) {
        CheckOutcome outcome = plan.status() == PlanStatus.REFUSED ? CheckOutcome.REFUSED
                : plan.hasChanges() ? CheckOutcome.CHANGES : CheckOutcome.NO_CHANGES;
        return new CheckResult(requested, commit, outcome, List.of(), Optional.of(plan), declared, onCall);
    }

    public Optional<String> commitId() {
        return commit.map(CommitInfo::id);
    }
}
