package io.pdgitops.roster;

import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import io.pdgitops.model.Schedule;
import io.pdgitops.schedule.RenderingChoices;
import io.pdgitops.schedule.ScheduleRenderer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles a roster into a schedule of the same name and origin.
 *
 * <p>The cycle is a whole number of weeks, because days off repeat weekly: at most
 * {@link #MAX_CYCLE_WEEKS} weeks and at most one week per member. For each cycle length the
 * constraint solver ({@link RosterSolver}) finds the assignment with the smallest spread of hours
 * between members who may take the same shifts, or proves there is none. The first cycle whose spread
 * is zero wins; when there is none, the one with the smallest spread per week. Only when every cycle
 * length is proven impossible is the roster reported impossible, with the rule that makes it so.
 */
public final class RosterCompiler {

    static final int MAX_CYCLE_WEEKS = 8;
    /** Cycle lengths other than the even one are tried up to this many weeks. */
    static final int SHORT_CYCLE_WEEKS = 4;

    private static final Map<DstHandOffs, RosterCompiler> BY_RULE = new EnumMap<>(DstHandOffs.class);

    static {
        for (DstHandOffs rule : DstHandOffs.values()) {
            BY_RULE.put(rule, new RosterCompiler(new ScheduleRenderer(RenderingChoices.of(rule))));
        }
    }

    private final SelfCheck selfCheck;

    /**
     * The compiler whose self-check renders as the repository's {@code schedules.dst_hand_offs} says. What it compiles
     * does not depend on the rule: the layers are built to keep every shift on its day under both.
     */
    public static RosterCompiler of(DstHandOffs rule) {
        return BY_RULE.get(rule);
    }

    /** Private: every compiler renders by a rule of {@code schedules.dst_hand_offs}, see {@link #of}. */
    private RosterCompiler(ScheduleRenderer renderer) {
        this.selfCheck = new SelfCheck(renderer);
    }

    /**
     * @throws IllegalStateException when the compiled layers do not render as the assignment (a
     *                               defect of the compiler; nothing must be applied)
     */
    public RosterCompilation compile(Roster roster) {
        List<RosterProblem> problems = new ArrayList<>(RosterRules.check(roster));
        problems.addAll(DstShiftRule.check(roster));
        if (problems.isEmpty()) {
            problems.addAll(Feasibility.shortages(roster));
        }
        if (!problems.isEmpty()) {
            return new RosterCompilation.Failed(problems);
        }
        Optional<Candidate> best = Optional.empty();
        List<Integer> tried = new ArrayList<>();
        boolean limitReached = false;
        FailBudget budget = new FailBudget(RosterSolver.COMPILE_FAIL_LIMIT, RosterSolver.FAIL_LIMIT);
        for (int weeks : cycleLengthsToTry(roster)) {
            if (budget.spent()) {
                limitReached |= best.isEmpty();
                break;
            }
            CycleGrid grid = new CycleGrid(roster, weeks * 7);
            tried.add(weeks);
            SolveOutcome outcome = RosterSolver.solve(grid, HardRules.ALL, budget);
            if (outcome instanceof SolveOutcome.Found found) {
                Candidate candidate = new Candidate(grid, found.assignment(), found.spread());
                if (best.isEmpty() || candidate.fairerThan(best.get())) {
                    best = Optional.of(candidate);
                }
            }
            limitReached |= outcome instanceof SolveOutcome.LimitReached;
            if (best.map(candidate -> candidate.spread == 0).orElse(false)) {
                break;
            }
        }
        if (best.isPresent()) {
            return compiled(best.get());
        }
        RosterProblem problem = limitReached
                ? Feasibility.limitReached(roster, tried, RosterSolver.COMPILE_FAIL_LIMIT)
                : Feasibility.proven(RuleDiagnosis.culprit(roster,
                        tried.stream().map(weeks -> new CycleGrid(roster, weeks * 7)).toList()), tried);
        return new RosterCompilation.Failed(List.of(problem));
    }

    /**
     * Cycle lengths in weeks, the most promising first: the one in which the weekly shifts divide
     * evenly among all members, when it is at most {@link #MAX_CYCLE_WEEKS}, then the others from
     * the shortest up to {@link #SHORT_CYCLE_WEEKS}. Longer cycles than that are tried only as the
     * even cycle, because every week adds a week of variables to the model.
     */
    private static List<Integer> cycleLengthsToTry(Roster roster) {
        int members = roster.members().size();
        int even = members / gcd(members, 7 * roster.shifts().size());
        List<Integer> order = new ArrayList<>();
        if (even <= MAX_CYCLE_WEEKS) {
            order.add(even);
        }
        for (int weeks = 1; weeks <= Math.min(SHORT_CYCLE_WEEKS, members); weeks++) {
            if (weeks != even) {
                order.add(weeks);
            }
        }
        return order;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private RosterCompilation compiled(Candidate candidate) {
        Roster roster = candidate.grid.roster();
        Schedule schedule = new Schedule(roster.name(), roster.description(), roster.timeZone(), roster.teams(),
                LayerEncoder.layers(candidate.grid, candidate.assignment), roster.origin(), roster.coverage());
        selfCheck.verify(candidate.grid, candidate.assignment, schedule);
        int weeks = candidate.grid.cycleDays() / 7;
        long[] minutes = FairShare.minutesPerMember(candidate.grid, candidate.assignment);
        int[] shifts = FairShare.shiftsPerMember(candidate.grid, candidate.assignment);
        List<MemberHours> hours = new ArrayList<>();
        for (int i = 0; i < roster.members().size(); i++) {
            RosterMember member = roster.members().get(i);
            hours.add(new MemberHours(member.user(), member.site(), shifts[i],
                    Duration.ofMinutes(minutes[i]), Duration.ofMinutes(minutes[i] / weeks)));
        }
        return new RosterCompilation.Compiled(schedule, weeks, hours);
    }

    /** @param spread the largest difference in minutes per cycle between members who may take the same shifts */
    private record Candidate(CycleGrid grid, Assignment assignment, long spread) {

        /** Smaller difference per week; a shorter cycle when equal. */
        boolean fairerThan(Candidate other) {
            long mine = spread * other.grid.cycleDays();
            long theirs = other.spread * grid.cycleDays();
            return mine < theirs || mine == theirs && grid.cycleDays() < other.grid.cycleDays();
        }
    }
}
