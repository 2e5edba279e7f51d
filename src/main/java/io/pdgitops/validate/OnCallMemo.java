package io.pdgitops.validate;

import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.Schedule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the on-call rules found for each schedule and escalation policy of the last validation, so that a
 * long-running process renders again only what changed. Rendering weeks of every schedule is the costliest rule,
 * and a sync that changed one file would otherwise render them all.
 *
 * <p>Entries are keyed by the object itself, by identity: the loader hands back the very same objects for files Git
 * has unchanged, and a changed file yields new ones. A schedule's findings depend on the schedule and the hand-off
 * rule alone; a policy's on the policy, the rule and the schedules its rules target, so a policy's entry holds the
 * schedules it was checked against and is used only when they are the same objects again. Only the last
 * validation's entries are kept, so memory follows the repository's size.
 */
public final class OnCallMemo {

    /** @param renderable whether the schedule could be rendered; coverage what its coverage check found */
    record ScheduleFindings(boolean renderable, List<Violation> coverage) {
    }

    /** @param targets the schedule each schedule target resolved to, in order, null where none could be rendered */
    record PolicyFindings(List<Schedule> targets, List<Violation> reachability) {
    }

    private DstHandOffs rule;
    private Map<Schedule, ScheduleFindings> schedules = Map.of();
    private Map<EscalationPolicy, PolicyFindings> policies = Map.of();
    private long rendered;

    /** Schedules and policies checked through this memo so far, a figure that only grows: a kept finding costs none. */
    public synchronized long checked() {
        return rendered;
    }

    /** One validation's use of the memo: {@link Round#end()} makes its findings the ones kept. */
    public final class Round {
        private final DstHandOffs roundRule;
        private final Map<Schedule, ScheduleFindings> previousSchedules;
        private final Map<EscalationPolicy, PolicyFindings> previousPolicies;
        private final Map<Schedule, ScheduleFindings> currentSchedules = new IdentityHashMap<>();
        private final Map<EscalationPolicy, PolicyFindings> currentPolicies = new IdentityHashMap<>();

        private Round(DstHandOffs roundRule, Map<Schedule, ScheduleFindings> previousSchedules,
                Map<EscalationPolicy, PolicyFindings> previousPolicies) {
            this.roundRule = roundRule;
            this.previousSchedules = previousSchedules;
            this.previousPolicies = previousPolicies;
        }

        ScheduleFindings schedule(Schedule schedule, Supplier<ScheduleFindings> check) {
            ScheduleFindings found = previousSchedules.get(schedule);
            if (found == null) {
                found = check.get();
                counted();
            }
            currentSchedules.put(schedule, found);
            return found;
        }

        PolicyFindings policy(EscalationPolicy policy, List<Schedule> targets, Supplier<List<Violation>> check) {
            PolicyFindings found = previousPolicies.get(policy);
            if (found == null || !sameObjects(found.targets(), targets)) {
                found = new PolicyFindings(Collections.unmodifiableList(new ArrayList<>(targets)), check.get());
                counted();
            }
            currentPolicies.put(policy, found);
            return found;
        }

        /** Keeps this round's findings for the next; a round that is not ended leaves the memo as it was. */
        public void end() {
            synchronized (OnCallMemo.this) {
                rule = roundRule;
                schedules = Collections.unmodifiableMap(new IdentityHashMap<>(currentSchedules));
                policies = Collections.unmodifiableMap(new IdentityHashMap<>(currentPolicies));
            }
        }
    }

    /** A round that starts empty unless the last one checked under the same hand-off rule. */
    public synchronized Round start(DstHandOffs roundRule) {
        boolean same = roundRule == rule;
        return new Round(roundRule, same ? schedules : Map.of(), same ? policies : Map.of());
    }

    private synchronized void counted() {
        rendered++;
    }

    private static boolean sameObjects(List<Schedule> kept, List<Schedule> now) {
        if (kept.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i) != now.get(i)) {
                return false;
            }
        }
        return true;
    }
}
