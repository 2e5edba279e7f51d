package io.pdgitops.apply;

import java.util.List;

/** Every step of the plan with how it ended, and the integration keys of new integrations. */
public record ApplyResult(List<StepOutcome> outcomes, List<IntegrationSecret> secrets) {

    public ApplyResult {
        outcomes = List.copyOf(outcomes);
        secrets = List.copyOf(secrets);
    }

    public boolean succeeded() {
        return outcomes.stream().allMatch(outcome -> outcome.status() == StepStatus.SUCCEEDED);
    }

    public long count(StepStatus status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }
}
