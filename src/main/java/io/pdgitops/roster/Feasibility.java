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
 * at work than shifts to fill (nobody takes two shifts a day). When these counts are fine but the
 * search still fails, {@link #searchFailed} names the tightest weekday.
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
            }
        }
        return problems;
    }

    /** The search found nothing although every weekday has enough members on paper. */
    static RosterProblem searchFailed(Roster roster) {
        DayOfWeek tightest = List.of(DayOfWeek.values()).stream()
                .min(Comparator.comparingInt((DayOfWeek day) -> users(roster, m -> m.worksOn(day)).size()
                        - roster.shifts().size()))
                .orElseThrow();
        String limit = roster.maxConsecutiveDays().map(days -> ", max_consecutive_days " + days).orElse("");
        return problem("no assignment found that respects every rule (days off, own shift, one shift a day"
                + (roster.shifts().size() > 1 ? ", no back-to-back shifts" : "") + limit + "); the tightest day is "
                + name(tightest) + ": " + roster.shifts().size() + " shift(s), "
                + users(roster, m -> m.worksOn(tightest)).size() + " members at work; " + offOn(roster, tightest));
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
