package io.pdgitops.reconcile;

import io.pdgitops.apply.Applier;
import io.pdgitops.apply.ApplyListener;
import io.pdgitops.apply.ApplyResult;
import io.pdgitops.apply.CreateLookup;
import io.pdgitops.diff.Diff;
import io.pdgitops.diff.DiffOptions;
import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.ServiceDiffMemo;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.live.AccountCache;
import io.pdgitops.live.LiveAccount;
import io.pdgitops.live.MemberCache;
import io.pdgitops.live.LiveRenderings;
import io.pdgitops.live.LiveStateReader;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Schedule;
import io.pdgitops.oncall.LiveRendering;
import io.pdgitops.oncall.OnCallDifference;
import io.pdgitops.oncall.OnCallDrift;
import io.pdgitops.oncall.OnCallDrifts;
import io.pdgitops.oncall.TimeRange;
import io.pdgitops.plan.PlanOnCall;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.plan.AdoptedObjects;
import io.pdgitops.pagerduty.dto.ServiceDto;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.plan.Planner;
import io.pdgitops.validate.UserReferences;
import io.pdgitops.validate.VendorReferences;
import io.pdgitops.validate.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    private final CreateLookup lookup;
    private final MemberCache memberCache;
    private final AccountCache accountCache;
    private final int onCallHorizonDays;
    private final Function<String, Optional<String>> environment;

    public Reconciler(PagerDutyClient client, Clock clock) {
        this(client, clock, Applier.DEFAULT_PARALLELISM);
    }

    /** @param applyParallelism how many plan steps an apply may run at once */
    public Reconciler(PagerDutyClient client, Clock clock, int applyParallelism) {
        this(client, clock, applyParallelism, CreateLookup.defaults(), null, null, 0, Applier.PROCESS_ENVIRONMENT);
    }

    private Reconciler(PagerDutyClient client, Clock clock, int applyParallelism, CreateLookup lookup,
            MemberCache memberCache, AccountCache accountCache, int onCallHorizonDays,
            Function<String, Optional<String>> environment) {
        this.client = client;
        this.clock = clock;
        this.applyParallelism = applyParallelism;
        this.lookup = lookup;
        this.memberCache = memberCache;
        this.accountCache = accountCache;
        this.onCallHorizonDays = onCallHorizonDays;
        this.environment = environment;
    }

    /** @param values environment variables by name, where webhook custom headers take their values from */
    public Reconciler withEnvironment(Function<String, Optional<String>> values) {
        return new Reconciler(client, clock, applyParallelism, lookup, memberCache, accountCache, onCallHorizonDays,
                values);
    }

    public Reconciler withApplyParallelism(int parallelism) {
        return new Reconciler(client, clock, parallelism, lookup, memberCache, accountCache, onCallHorizonDays,
                environment);
    }

    /** @param createLookup when an apply's creates look up by name first */
    public Reconciler withCreateLookup(CreateLookup createLookup) {
        return new Reconciler(client, clock, applyParallelism, createLookup, memberCache, accountCache,
                onCallHorizonDays, environment);
    }

    /**
     * @param days how far ahead each plan compares who PagerDuty's final schedules page with who Git says, one read
     *     per declared schedule per plan on top of the list pages; 0 (the default) reads no rendering and the plan
     *     sees field changes only. The CLI turns it on; the service for its drift checks and the syncs they start
     *     (docs/oncall-truth.md says why not for every push)
     */
    public Reconciler withOnCallHorizon(int days) {
        return new Reconciler(client, clock, applyParallelism, lookup, memberCache, accountCache,
                days == 0 ? 0 : OnCallDrifts.horizonDays(days), environment);
    }

    /**
     * @param cache team members kept between the plans of a long-running process; the apply forgets the teams it
     *     writes
     */
    public Reconciler withMemberCache(MemberCache cache) {
        return new Reconciler(client, clock, applyParallelism, lookup, cache, accountCache, onCallHorizonDays,
                environment);
    }

    /** @param cache the account kept between the plans of a long-running process, refreshed through the audit trail */
    public Reconciler withAccountCache(AccountCache cache) {
        return new Reconciler(client, clock, applyParallelism, lookup, memberCache, cache, onCallHorizonDays,
                environment);
    }

    /**
     * @throws UnknownReferencesException when the repository writes a user email or integration vendor the account
     *     does not have: checked against the lists the live read has anyway, before anything can be written
     */
    public Planned plan(DesiredState desired, Inventory inventory, PlanOptions options) {
        Instant now = clock.instant();
        LiveStateReader reader = memberCache == null ? new LiveStateReader(client) : new LiveStateReader(client, memberCache);
        if (accountCache != null) {
            reader = reader.withAccountCache(accountCache);
        }
        Set<ResourceKind> recorded = inventory.keys().stream().map(ResourceKey::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ResourceKind.class)));
        Set<String> recordedRules = inventory.keys().stream()
                .filter(key -> key.kind() == ResourceKind.EVENT_RULES)
                .map(ResourceKey::name)
                .collect(Collectors.toSet());
        LiveAccount read = reader.read(desired, now, recorded, recordedRules);
        List<Violation> unknown = new ArrayList<>(UserReferences.unknown(desired, read.userIds().keySet()));
        unknown.addAll(VendorReferences.unknown(desired, read.vendorIds().keySet()));
        if (!unknown.isEmpty()) {
            unknown.sort(Violation.BY_POSITION);
            throw new UnknownReferencesException(unknown);
        }
        // Adopted pins narrow the view once, here, so that diff, plan and apply all see the same objects.
        LiveAccount account = new LiveAccount(AdoptedObjects.narrow(read.state(), inventory.adopted()), read.userIds(),
                read.currentLayers(), read.vendorIds());
        Diff diff = Diff.between(desired, account.state(), new DiffOptions(now),
                accountCache == null ? new ServiceDiffMemo() : accountCache.serviceDiffs());
        // Who is paged is part of the plan: a schedule PagerDuty renders otherwise than Git says is a change.
        List<OnCallDrift> onCall = onCallHorizonDays == 0 ? List.of() : readOnCall(diff, account, onCallHorizonDays);
        // The diff settles layers' virtual starts (rotation position kept): apply what it compared.
        return new Planned(diff.desired(), account, diff, Planner.plan(diff, inventory, options, Set.of(), onCall));
    }

    /**
     * Who PagerDuty pages against who Git says, per declared schedule PagerDuty has exactly once, over
     * {@code days} days from the moment of the plan. The plan compared them already over its own horizon: asked for
     * that horizon, this reads nothing more; otherwise one read of PagerDuty's rendering per schedule. Git's side is
     * the settled state the plan compared, so a kept rotation position is not drift.
     */
    public List<OnCallDrift> onCallDrift(Planned planned, int days) {
        if (days == onCallHorizonDays) {
            return planned.plan().onCall();
        }
        return readOnCall(planned.diff(), planned.account(), days);
    }

    private List<OnCallDrift> readOnCall(Diff diff, LiveAccount account, int days) {
        LiveRenderings renderings = new LiveRenderings(client, account);
        Instant now = diff.now();
        List<OnCallDrift> drift = new ArrayList<>();
        for (Schedule schedule : diff.desired().schedules()) {
            List<String> ids = diff.live().schedules().stream()
                    .filter(live -> live.object().name().equals(schedule.name())).map(LiveObject::id).toList();
            if (ids.size() != 1) {
                continue; // missing or ambiguous: the object drift says so already
            }
            TimeRange range = TimeRange.days(now, days, schedule.timeZone());
            LiveRendering live = renderings.read(ids.get(0), schedule.name(), range);
            try {
                drift.add(OnCallDrifts.between(schedule, live, range, diff.desired().settings().dstHandOffs()));
            } catch (IllegalArgumentException e) {
                // A schedule the renderer refuses is a validation error reported elsewhere, not on-call drift.
            }
        }
        return drift;
    }

    public ApplyResult apply(Planned planned, ApplyListener listener) {
        List<Object> answers = Collections.synchronizedList(new ArrayList<>());
        try {
            ApplyResult result = new Applier(client, clock, applyParallelism, lookup, environment).apply(planned.plan(),
                    planned.desired(), planned.account(), planned.diff().now(), listener, answers::add);
            if (accountCache != null) {
                accountCache.keepAnswers(soleWrites(planned, answers));
            }
            return result;
        } finally {
            // Even a failed step may have changed the team in PagerDuty: its next read goes there.
            if (memberCache != null) {
                memberCache.forget(planned.plan().steps().stream()
                        .filter(step -> step.key().kind() == ResourceKind.TEAM)
                        .map(step -> step.key().name()).collect(Collectors.toSet()));
            }
        }
    }

    /**
     * The answers that are the last word on their object: a service whose integrations the plan also writes is
     * changed after its own answer (and the trail files those writes under it), so it is read again instead.
     */
    private static List<Object> soleWrites(Planned planned, List<Object> answers) {
        Set<String> withIntegrationSteps = planned.plan().steps().stream()
                .filter(step -> step.key().kind() == ResourceKind.INTEGRATION)
                .flatMap(step -> step.key().service().stream()).collect(Collectors.toSet());
        synchronized (answers) {
            return answers.stream()
                    .filter(answer -> !(answer instanceof ServiceDto service
                            && withIntegrationSteps.contains(service.name())))
                    .toList();
        }
    }
}
