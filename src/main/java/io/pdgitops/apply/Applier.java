package io.pdgitops.apply;

import io.pdgitops.live.LiveAccount;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanStatus;
import io.pdgitops.plan.PlanStep;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Executes a plan against PagerDuty, step by step in plan order. A step that fails is recorded with its error and
 * the steps that wait for it are skipped; every other step still runs, so one bad object never blocks the rest and
 * the next apply converges. Errors from PagerDuty never escape: they end up in the result.
 */
public final class Applier {

    private static final System.Logger LOG = System.getLogger(Applier.class.getName());

    private final PagerDutyClient client;
    private final Clock clock;

    public Applier(PagerDutyClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /**
     * @param account what the plan was computed against: ids of existing objects and of running layers
     * @param listener told after every step; an exception it throws stops the apply (as a crash would)
     */
    public ApplyResult apply(Plan plan, DesiredState desired, LiveAccount account, ApplyListener listener) {
        List<StepOutcome> outcomes = new ArrayList<>();
        List<IntegrationSecret> secrets = new ArrayList<>();
        StepRunner runner = new StepRunner(client, desired, new IdRegistry(account), clock, secrets::add);
        Set<String> notDone = new HashSet<>();
        for (PlanStep step : plan.steps()) {
            StepOutcome outcome = outcome(plan, step, notDone, runner);
            if (outcome.status() != StepStatus.SUCCEEDED) {
                notDone.add(step.id());
            }
            outcomes.add(outcome);
            listener.stepFinished(outcome);
        }
        ApplyResult result = new ApplyResult(outcomes, secrets);
        LOG.log(result.succeeded() ? System.Logger.Level.INFO : System.Logger.Level.WARNING,
                "apply finished: {0} steps succeeded, {1} failed, {2} skipped, {3} created objects adopted",
                result.count(StepStatus.SUCCEEDED), result.count(StepStatus.FAILED), result.count(StepStatus.SKIPPED),
                outcomes.stream().filter(StepOutcome::adopted).count());
        return result;
    }

    private static StepOutcome outcome(Plan plan, PlanStep step, Set<String> notDone, StepRunner runner) {
        if (plan.status() == PlanStatus.REFUSED) {
            return StepOutcome.skipped(step, "the plan is refused: " + plan.refusal().orElse(""));
        }
        Optional<String> blocker = step.dependsOn().stream().filter(notDone::contains).findFirst();
        if (blocker.isPresent()) {
            return StepOutcome.skipped(step, "step " + blocker.get() + " did not succeed");
        }
        try {
            return StepOutcome.succeeded(step, runner.run(step));
        } catch (RuntimeException e) {
            return StepOutcome.failed(step, String.valueOf(e.getMessage()));
        }
    }
}
