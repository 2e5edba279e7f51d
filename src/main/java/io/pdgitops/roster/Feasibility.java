package io.pdgitops.roster;

import io.pdgitops.model.FieldPath;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import io.pdgitops.model.RosterShift;
import io.pdgitops.validate.ViolationCode;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Explains, per weekday, why a roster cannot be staffed: a shift nobody may take, or fewer members
 * at work than shifts to fill (nobody takes two shifts a day), or a set of shifts that fewer members
 * may take than it has shifts. When these counts are fine but the solver still finds nothing, the
 * message says whether it proved the roster impossible (and which rule does it) or ran out of its
 * search limit.
 */
final class Feasibility {

    private static final String MEMBERS = FieldPath.of("members");

    private Feasibility() {
    }

    /** Problems that make every assignment impossible, in weekday order. */
    static List<RosterProblem> shortages(Roster roster) {
        List<RosterProblem> problems = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean shiftUnstaffed = false;
            for (RosterShift shift : roster.shifts()) {
                List<String> eligible = users(roster, m -> m.worksOn(day) && m.takes(shift.name()));
                if (eligible.isEmpty()) {
                    shiftUnstaffed = true;
                    List<String> elsewhere = users(roster, m -> m.worksOn(day) && !m.takes(shift.name()));
                    problems.add(problem("nobody can take the `" + shift.name() + "` shift on " + name(day)
                            + ": it needs 1 member, 0 are available; " + offOn(roster, day)
                            + (elsewhere.isEmpty() ? "" : "; on another shift only: " + String.join(", ", elsewhere))));
                }
            }
            List<String> atWork = users(roster, m -> m.worksOn(day) && roster.shifts().stream().anyMatch(s -> m.takes(s.name())));
            if (!shiftUnstaffed && atWork.size() < roster.shifts().size()) {
                problems.add(problem(name(day) + " needs " + roster.shifts().size() + " members (one per shift: "
                        + shiftNames(roster) + ") but only " + atWork.size() + " are available ("
                        + String.join(", ", atWork) + "); " + offOn(roster, day)));
            } else if (!shiftUnstaffed) {
                tooFewForSomeShifts(roster, day).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /**
     * A smaller set of shifts that fewer members may take than it has shifts, e.g. two shifts for
     * which only one member at work is not bound elsewhere (the first such set, smallest first).
     */
    private static java.util.Optional<RosterProblem> tooFewForSomeShifts(Roster roster, DayOfWeek day) {
        List<RosterShift> shifts = roster.shifts();
        for (int size = 2; size < shifts.size(); size++) {
            for (int set = 1; set < 1 << shifts.size(); set++) {
                if (Integer.bitCount(set) != size) {
                    continue;
                }
                final int chosen = set;
                List<String> names = new ArrayList<>();
                for (int i = 0; i < shifts.size(); i++) {
                    if ((chosen & 1 << i) != 0) {
                        names.add(shifts.get(i).name());
                    }
                }
                List<String> able = users(roster, m -> m.worksOn(day) && names.stream().anyMatch(m::takes));
                if (able.size() < size) {
                    return java.util.Optional.of(problem(name(day) + " needs " + size + " members for the shifts "
                            + String.join(", ", names) + " but only " + able.size() + " are at work and may take them ("
                            + String.join(", ", able) + "); " + offOn(roster, day)));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The solver proved, for every cycle length it tried, that no assignment exists. */
    static RosterProblem proven(String reason, List<Integer> cycleWeeks) {
        return problem(reason + " (proven for " + cycles(cycleWeeks) + ")");
    }

    /** The solver ran out of its failure limit on at least one cycle length without finding an assignment. */
    static RosterProblem limitReached(Roster roster, List<Integer> cycleWeeks, long failLimit) {
        DayOfWeek tightest = List.of(DayOfWeek.values()).stream()
                .min(Comparator.comparingInt((DayOfWeek day) -> users(roster, m -> m.worksOn(day)).size()
                        - roster.shifts().size()))
                .orElseThrow();
        return problem("no assignment found before the search limit (" + failLimit + " failures over "
                + cycles(cycleWeeks) + "); the roster is not proven impossible, it is too hard to decide; the tightest day is "
                + name(tightest) + ": " + roster.shifts().size() + " shift(s), "
                + users(roster, m -> m.worksOn(tightest)).size() + " members at work; " + offOn(roster, tightest));
    }

    private static String cycles(List<Integer> weeks) {
        return weeks.size() == 1 ? "a cycle of " + weeks.get(0) + " week(s)"
                : "cycles of " + weeks.stream().mapToInt(Integer::intValue).min().orElseThrow() + " to "
                        + weeks.stream().mapToInt(Integer::intValue).max().orElseThrow() + " weeks";
    }

    private static RosterProblem problem(String message) {
        return new RosterProblem(ViolationCode.ROSTER_INFEASIBLE, MEMBERS, "roster cannot be staffed: " + message);
    }

    private static String offOn(Roster roster, DayOfWeek day) {
        List<String> off = users(roster, m -> !m.worksOn(day));
        return "off on " + name(day) + ": " + (off.isEmpty() ? "nobody" : String.join(", ", off));
    }

    private static String shiftNames(Roster roster) {
        return roster.shifts().stream().map(RosterShift::name).collect(Collectors.joining(", "));
    }

    private static List<String> users(Roster roster, java.util.function.Predicate<RosterMember> test) {
        return roster.members().stream().filter(test).map(RosterMember::user).toList();
    }

    static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
