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
 * <p>The cycle is a whole number of weeks, because days off repeat weekly. It is the shortest cycle
 * of at most {@link #MAX_CYCLE_WEEKS} weeks (and at most one week per member) in which the members
 * of each group (those with the same shift, and those without one) get equal hours; when no such
 * cycle exists, the one with the smallest difference. Within a cycle the search keeps every member
 * under a cap on hours that starts at the fair share and is relaxed only when that fails.
 */
public final class RosterCompiler {

    static final int MAX_CYCLE_WEEKS = 12;
    private static final long NODE_BUDGET = 200_000;

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
        Optional<Candidate> best = Optional.empty();
        int longest = Math.min(MAX_CYCLE_WEEKS, roster.members().size());
        for (int weeks = 1; weeks <= longest && best.map(c -> c.spread > 0).orElse(true); weeks++) {
            CycleGrid grid = new CycleGrid(roster, weeks * 7);
            Optional<Candidate> found = search(grid);
            if (found.isPresent() && (best.isEmpty() || found.get().spread < best.get().spread)) {
                best = found;
            }
        }
        if (best.isEmpty()) {
            return new RosterCompilation.Failed(List.of(Feasibility.searchFailed(roster)));
        }
        return compiled(best.get());
    }

    private static Optional<Candidate> search(CycleGrid grid) {
        Optional<Assignment> capped = AssignmentSearch.find(grid, FairShare.capMinutes(grid), NODE_BUDGET);
        Optional<Assignment> found = capped.isPresent() ? capped : AssignmentSearch.find(grid, Long.MAX_VALUE, NODE_BUDGET);
        return found.map(assignment -> new Candidate(grid, assignment, FairShare.spreadMinutes(grid, assignment)));
    }

    private RosterCompilation compiled(Candidate candidate) {
        Roster roster = candidate.grid.roster();
        Schedule schedule = new Schedule(roster.name(), roster.description(), roster.timeZone(), roster.teams(),
                LayerEncoder.layers(candidate.grid, candidate.assignment), roster.origin());
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

    private record Candidate(CycleGrid grid, Assignment assignment, long spread) {
    }
}
