package io.pdgitops.roster;

import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import io.pdgitops.model.Schedule;
import io.pdgitops.schedule.ScheduleRenderer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compiles a roster into a schedule of the same name and origin.
 *
 * <p>The cycle is a whole number of weeks, because days off repeat weekly: at most
 * {@link #MAX_CYCLE_WEEKS} weeks and at most one week per member. The first cycle found in which the
 * members of each group (those bound to the same shift, and those free to take any) get equal hours
 * wins; when there is none, the one with the smallest difference per week. Within a cycle the search
 * keeps every member under a cap on hours that starts at the fair share and is lifted only when that
 * fails.
 */
public final class RosterCompiler {

    static final int MAX_CYCLE_WEEKS = 26;
    /** Search steps for one compile, over all cycle lengths, so that a hard roster costs bounded time. */
    private static final long TOTAL_NODE_BUDGET = 100_000;

    private final SelfCheck selfCheck;

    public RosterCompiler() {
        this(new ScheduleRenderer());
    }

    public RosterCompiler(ScheduleRenderer renderer) {
        this.selfCheck = new SelfCheck(renderer);
    }

    /**
     * @throws IllegalStateException when the compiled layers do not render as the assignment (a
     *                               defect of the compiler; nothing must be applied)
     */
    public RosterCompilation compile(Roster roster) {
        List<RosterProblem> problems = new ArrayList<>(RosterRules.check(roster));
        if (problems.isEmpty()) {
            problems.addAll(Feasibility.shortages(roster));
        }
        if (!problems.isEmpty()) {
            return new RosterCompilation.Failed(problems);
        }
        long[] budget = {TOTAL_NODE_BUDGET};
        Optional<Candidate> best = Optional.empty();
        for (int weeks : cycleLengthsToTry(roster)) {
            Optional<Candidate> found = search(new CycleGrid(roster, weeks * 7), budget);
            if (found.isPresent() && (best.isEmpty() || found.get().fairerThan(best.get()))) {
                best = found;
            }
            if (best.map(candidate -> candidate.spread == 0).orElse(false) || budget[0] <= 0) {
                break;
            }
        }
        if (best.isEmpty()) {
            return new RosterCompilation.Failed(List.of(Feasibility.searchFailed(roster)));
        }
        return compiled(best.get());
    }

    /**
     * Cycle lengths in weeks, the most promising first: the one in which the weekly shifts divide
     * evenly among all members, then the others from the shortest.
     */
    private static List<Integer> cycleLengthsToTry(Roster roster) {
        int members = roster.members().size();
        int longest = Math.min(MAX_CYCLE_WEEKS, members);
        int even = members / gcd(members, 7 * roster.shifts().size());
        List<Integer> order = new ArrayList<>();
        if (even <= longest) {
            order.add(even);
        }
        for (int weeks = 1; weeks <= longest; weeks++) {
            if (weeks != even) {
                order.add(weeks);
            }
        }
        return order;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static Optional<Candidate> search(CycleGrid grid, long[] budget) {
        Optional<Assignment> found = AssignmentSearch.find(grid, FairShare.capMinutes(grid), budget);
        if (found.isEmpty()) {
            found = AssignmentSearch.find(grid, Long.MAX_VALUE, budget);
        }
        return found.map(assignment -> new Candidate(grid, assignment, FairShare.spreadMinutes(grid, assignment)));
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
