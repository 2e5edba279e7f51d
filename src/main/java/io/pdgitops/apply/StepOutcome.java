package io.pdgitops.apply;

import io.pdgitops.plan.PlanStep;
import java.util.Optional;

/**
 * What happened to one plan step.
 *
 * @param error why it failed or was skipped
 * @param adopted a create that found the object already there (left by an interrupted apply) and updated it
 */
public record StepOutcome(PlanStep step, StepStatus status, Optional<String> error, boolean adopted) {

    static StepOutcome succeeded(PlanStep step, boolean adopted) {
        return new StepOutcome(step, StepStatus.SUCCEEDED, Optional.empty(), adopted);
    }

    static StepOutcome failed(PlanStep step, String error) {
        return new StepOutcome(step, StepStatus.FAILED, Optional.of(error), false);
    }

    static StepOutcome skipped(PlanStep step, String reason) {
        return new StepOutcome(step, StepStatus.SKIPPED, Optional.of(reason), false);
    }
}
