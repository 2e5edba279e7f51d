package io.pdgitops.apply;

import io.pdgitops.live.LiveAccount;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanStatus;
import io.pdgitops.plan.PlanStep;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Executes a plan against PagerDuty on a few workers (see {@link StepGraph}): a step starts once the steps it
 * depends on have succeeded, and ready steps start in plan order. A step that fails is recorded with its error and
 * the steps that wait for it are skipped; every other step still runs, so one bad object never blocks the rest and
 * the next apply converges. Errors from PagerDuty never escape: they end up in the result.
 */
public final class Applier {

    private static final System.Logger LOG = System.getLogger(Applier.class.getName());

    /** Enough to keep PagerDuty's 960 requests a minute busy at typical latencies, without bursting past it. */
    public static final int DEFAULT_PARALLELISM = 4;

    /** This process's environment variables, where webhook custom header values come from. */
    public static final Function<String, Optional<String>> PROCESS_ENVIRONMENT =
            name -> Optional.ofNullable(System.getenv(name));

    private final PagerDutyClient client;
    private final Clock clock;
    private final int parallelism;
    private final CreateLookup lookup;
    private final Function<String, Optional<String>> environment;

    public Applier(PagerDutyClient client, Clock clock) {
        this(client, clock, DEFAULT_PARALLELISM, CreateLookup.defaults());
    }

    /**
     * @param parallelism how many steps may run at once; 1 runs them one after another in plan order
     * @param lookup when creates look up by name first
     */
    public Applier(PagerDutyClient client, Clock clock, int parallelism, CreateLookup lookup) {
        this(client, clock, parallelism, lookup, PROCESS_ENVIRONMENT);
    }

    /** @param environment the values of environment variables by name, for webhook custom headers */
    public Applier(PagerDutyClient client, Clock clock, int parallelism, CreateLookup lookup,
            Function<String, Optional<String>> environment) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("apply parallelism must be at least 1, was " + parallelism);
        }
        this.client = client;
        this.clock = clock;
        this.parallelism = parallelism;
        this.lookup = lookup;
        this.environment = environment;
    }

    /**
     * @param account what the plan was computed against: ids of existing objects and of running layers
     * @param liveReadAt when the read of {@code account} started
     * @param listener told after every step; an exception it throws stops the apply (as a crash would)
     */
    public ApplyResult apply(Plan plan, DesiredState desired, LiveAccount account, Instant liveReadAt,
            ApplyListener listener) {
        return apply(plan, desired, account, liveReadAt, listener, answer -> { });
    }

    /**
     * @param answers receives PagerDuty's answer to every update of a service or an escalation policy, from the
     *     worker that made it
     */
    public ApplyResult apply(Plan plan, DesiredState desired, LiveAccount account, Instant liveReadAt,
            ApplyListener listener, Consumer<Object> answers) {
        List<IntegrationSecret> secrets = Collections.synchronizedList(new ArrayList<>());
        HeaderValueRedaction redaction = HeaderValueRedaction.of(desired, environment);
        boolean lookUpFirst = lookup.firstTry(liveReadAt, clock.instant());
        StepRunner runner = new StepRunner(client, desired, new IdRegistry(account), clock, secrets::add, lookUpFirst,
                answers, plan.windows(), environment);
        List<StepOutcome> outcomes = plan.status() == PlanStatus.REFUSED
                ? refused(plan, listener)
                : new StepGraph(plan.steps(), parallelism).run(step -> outcome(step, runner, redaction), listener);
        ApplyResult result = new ApplyResult(outcomes, inPlanOrder(plan, secrets));
        LOG.log(result.succeeded() ? System.Logger.Level.INFO : System.Logger.Level.WARNING,
                "apply finished: {0} steps succeeded, {1} failed, {2} skipped, {3} created objects adopted",
                result.count(StepStatus.SUCCEEDED), result.count(StepStatus.FAILED), result.count(StepStatus.SKIPPED),
                outcomes.stream().filter(StepOutcome::adopted).count());
        return result;
    }

    private static List<StepOutcome> refused(Plan plan, ApplyListener listener) {
        List<StepOutcome> outcomes = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            StepOutcome outcome = StepOutcome.skipped(step, "the plan is refused: " + plan.refusal().orElse(""));
            outcomes.add(outcome);
            listener.stepFinished(outcome);
        }
        return outcomes;
    }

    private static StepOutcome outcome(PlanStep step, StepRunner runner, HeaderValueRedaction redaction) {
        try {
            return StepOutcome.succeeded(step, runner.run(step));
        } catch (RuntimeException e) {
            return StepOutcome.failed(step,
                    redaction.scrub(FailureText.of("step " + step.id() + " (" + step.key() + ")", e)));
        }
    }

    /** Workers report keys as their steps end; the result lists them as the plan lists the integrations. */
    private static List<IntegrationSecret> inPlanOrder(Plan plan, List<IntegrationSecret> secrets) {
        Map<String, Integer> positions = new HashMap<>();
        for (PlanStep step : plan.steps()) {
            step.key().service().ifPresent(service ->
                    positions.putIfAbsent(secretKey(service, step.key().name()), positions.size()));
        }
        synchronized (secrets) {
            return secrets.stream()
                    .sorted(Comparator.comparing(secret ->
                            positions.getOrDefault(secretKey(secret.service(), secret.integration()), Integer.MAX_VALUE)))
                    .toList();
        }
    }

    private static String secretKey(String service, String integration) {
        return service + "\u0000" + integration;
    }
}
