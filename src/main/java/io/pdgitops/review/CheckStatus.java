package io.pdgitops.review;

import io.pdgitops.check.CheckOutcome;
import io.pdgitops.check.CheckResult;
import io.pdgitops.plan.PlanSummary;
import io.pdgitops.validate.Problem;

/**
 * A commit status: its state and the one line shown next to it.
 *
 * @param description at most {@link #MAX_DESCRIPTION} characters, GitHub's limit
 */
public record CheckStatus(StatusState state, String description) {

    /** The name the status is shown under unless configured otherwise. */
    public static final String DEFAULT_CONTEXT = "pd-gitops/validate";
    public static final int MAX_DESCRIPTION = 140;

    public CheckStatus {
        if (description.length() > MAX_DESCRIPTION) {
            description = description.substring(0, MAX_DESCRIPTION - 3) + "...";
        }
    }

    public static CheckStatus pending() {
        return new CheckStatus(StatusState.PENDING, "validating and planning against PagerDuty");
    }

    /** Refused plans fail: a merge would leave the service refusing to sync. */
    public static CheckStatus of(CheckResult result) {
        return switch (result.outcome()) {
            case CHANGES -> new CheckStatus(StatusState.SUCCESS, counts(result));
            case NO_CHANGES -> new CheckStatus(StatusState.SUCCESS, "valid; no changes to PagerDuty");
            case REFUSED -> new CheckStatus(StatusState.FAILURE, "refused: " + result.plan().flatMap(
                    plan -> plan.refusal()).orElse("the plan deletes too much"));
            case INVALID -> new CheckStatus(StatusState.FAILURE, plural(result.errors().size(), "error"));
            case FAILED -> new CheckStatus(StatusState.ERROR, "check failed: " + result.errors().stream()
                    .findFirst().map(Problem::toString).orElse("unknown reason"));
        };
    }

    static String counts(CheckResult result) {
        PlanSummary summary = result.plan().map(plan -> plan.summary()).orElse(new PlanSummary(0, 0, 0, 0, 0));
        return summary.create() + " to create, " + summary.update() + " to update, " + summary.delete()
                + " to delete";
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** For the comment's headline: whether the outcome is good news. */
    static boolean passes(CheckOutcome outcome) {
        return outcome == CheckOutcome.CHANGES || outcome == CheckOutcome.NO_CHANGES;
    }
}
