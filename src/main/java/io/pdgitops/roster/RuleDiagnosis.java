package io.pdgitops.roster;

import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import io.pdgitops.model.RosterShift;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds which cross-day rule makes a roster impossible once the solver has proved that no cycle
 * length can be staffed: the roster is solved again with rest between shifts, then
 * {@code max_consecutive_days}, switched off. Days off and own shifts alone are never the cause
 * here: {@link Feasibility#shortages} has already checked every weekday on its own, and without
 * the cross-day rules the days are independent.
 */
final class RuleDiagnosis {

    private RuleDiagnosis() {
    }

    /** Why no assignment exists, as the part of the message after "roster cannot be staffed: ". */
    static String culprit(Roster roster, List<CycleGrid> grids) {
        boolean restApplies = roster.shifts().size() > 1;
        boolean limitApplies = roster.maxConsecutiveDays().isPresent();
        FailBudget budget = new FailBudget(RosterSolver.COMPILE_FAIL_LIMIT, RosterSolver.FAIL_LIMIT);
        boolean withoutRest = restApplies && anyFeasible(grids, new HardRules(false, true), budget);
        boolean withoutLimit = limitApplies && anyFeasible(grids, new HardRules(true, false), budget);
        if (withoutRest && !withoutLimit) {
            return rest(roster) + " makes it impossible; without it the roster could be staffed";
        }
        if (withoutLimit && !withoutRest) {
            return "max_consecutive_days " + roster.maxConsecutiveDays().orElseThrow() + " makes it impossible"
                    + limitCount(roster).map(count -> ": " + count).orElse("") + "; without it the roster could be staffed";
        }
        if (withoutRest) {
            return "either rule alone can be met but not both: " + rest(roster) + ", and " + limit(roster);
        }
        List<String> rules = new ArrayList<>();
        if (restApplies) {
            rules.add(rest(roster));
        }
        if (limitApplies) {
            rules.add(limit(roster));
        }
        return "days off, own shifts and one shift a day" + (rules.isEmpty() ? "" : " together with "
                + String.join(" and ", rules)) + " leave no assignment";
    }

    private static boolean anyFeasible(List<CycleGrid> grids, HardRules rules, FailBudget budget) {
        return grids.stream().anyMatch(grid -> RosterSolver.feasible(grid, rules, budget).orElse(false));
    }

    /** Names the touching shifts, e.g. "rest between shifts (nobody takes `night` and then `day`, which starts as it ends)". */
    private static String rest(Roster roster) {
        CycleGrid grid = new CycleGrid(roster, 7);
        List<String> pairs = new ArrayList<>();
        for (int a = 0; a < grid.shiftCount(); a++) {
            for (int b = 0; b < grid.shiftCount(); b++) {
                if (grid.touch(1, a, 2, b)) {
                    pairs.add("`" + grid.shifts().get(a).name() + "` then the next day's `" + grid.shifts().get(b).name() + "`");
                }
            }
        }
        return "rest between shifts (nobody takes "
                + (pairs.isEmpty() ? "two shifts back to back" : String.join(" or ", pairs)) + ")";
    }

    /** The limit, with the counting behind it when counting alone rules the roster out. */
    private static String limit(Roster roster) {
        return "max_consecutive_days " + roster.maxConsecutiveDays().orElseThrow() + limitCount(roster).map(count -> " (" + count + ")").orElse("");
    }

    /** The counting argument against the limit, when counting alone rules the roster out. */
    private static Optional<String> limitCount(Roster roster) {
        int days = roster.maxConsecutiveDays().orElseThrow();
        int perWeek = 7 * days / (days + 1);
        int supply = 0;
        for (RosterMember member : roster.members()) {
            supply += Math.min(perWeek, 7 - member.daysOff().size());
        }
        int demand = 7 * roster.shifts().size();
        String shifts = String.join(", ", roster.shifts().stream().map(RosterShift::name).toList());
        return supply < demand
                ? Optional.of("a week has " + demand + " shifts (" + shifts + ") but with at most " + days
                        + " day(s) in a row the " + roster.members().size() + " members can take at most " + supply)
                : Optional.empty();
    }
}
