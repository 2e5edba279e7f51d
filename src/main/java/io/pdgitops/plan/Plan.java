package io.pdgitops.plan;

import io.pdgitops.diff.ResourceDiff;
import java.util.List;
import java.util.Optional;

/**
 * An ordered list of steps that makes PagerDuty match Git.
 *
 * @param refusal why the plan is {@link PlanStatus#REFUSED}
 * @param ambiguous declared objects that several live objects match: left alone
 * @param notes what people should know that is not a step (no prune, would-prune, forced deletions)
 */
public record Plan(
        PlanStatus status,
        Optional<String> refusal,
        List<PlanStep> steps,
        List<ResourceDiff> ambiguous,
        List<String> notes,
        PlanSummary summary) {

    public Plan {
        steps = List.copyOf(steps);
        ambiguous = List.copyOf(ambiguous);
        notes = List.copyOf(notes);
    }

    public boolean hasChanges() {
        return !steps.isEmpty();
    }
}
