package io.pdgitops.roster;

import io.pdgitops.model.Roster;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.limits.FailCounter;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.search.strategy.selectors.variables.DomOverWDeg;
import org.chocosolver.solver.variables.IntVar;

/**
 * Solves one cycle length with Choco-solver: first the assignment with the smallest spread of hours,
 * then, for weekly rotation, among those with that spread the one with the fewest hand-offs inside a
 * week. Each solve is limited by a number of failures, not by wall time, so that the same roster
 * gives the same result on any machine and under any load; the variable order (dom/wdeg) is seeded
 * with a constant for the same reason.
 */
final class RosterSolver {

    /** Failures one solve (one cycle length, one objective) may spend. */
    static final long FAIL_LIMIT = 3_000;
    /** Failures one compile may spend over all its cycle lengths and objectives. */
    static final long COMPILE_FAIL_LIMIT = 12_000;

    private RosterSolver() {
    }

    static SolveOutcome solve(CycleGrid grid, HardRules rules, FailBudget budget) {
        boolean weekly = grid.roster().rotation() == Roster.RotationUnit.WEEKLY;
        SlotModel fairest = new SlotModel(grid, rules);
        Solver solver = prepare(fairest, weekly, budget.next(1));
        fairest.model.setObjective(false, fairest.spread);
        Assignment best = null;
        long spread = 0;
        while (solver.solve()) {
            best = fairest.assignment();
            spread = fairest.spread.getValue() * fairest.unitMinutes;
        }
        boolean exhausted = !solver.isStopCriterionMet();
        budget.spend(solver.getFailCount());
        if (best == null) {
            return exhausted ? new SolveOutcome.Impossible() : new SolveOutcome.LimitReached();
        }
        if (weekly) {
            best = fewestHandOffs(grid, rules, spread / fairest.unitMinutes, budget, best);
        }
        return new SolveOutcome.Found(best, spread, exhausted);
    }

    /** Whether any assignment keeps {@code rules}, ignoring hours; empty when the limit ran out first. */
    static java.util.Optional<Boolean> feasible(CycleGrid grid, HardRules rules, FailBudget budget) {
        SlotModel slots = new SlotModel(grid, rules);
        Solver solver = prepare(slots, false, budget.next(1));
        boolean found = solver.solve();
        budget.spend(solver.getFailCount());
        if (found) {
            return java.util.Optional.of(true);
        }
        return solver.isStopCriterionMet() ? java.util.Optional.empty() : java.util.Optional.of(false);
    }

    private static Assignment fewestHandOffs(CycleGrid grid, HardRules rules, long spreadUnits, FailBudget budget,
            Assignment fallback) {
        SlotModel steady = new SlotModel(grid, rules);
        steady.model.arithm(steady.spread, "<=", (int) spreadUnits).post();
        IntVar handOffs = steady.handOffsWithinWeeks();
        // Fewer hand-offs are a preference, not a rule: a short search for them is enough.
        Solver solver = prepare(steady, true, budget.next(3));
        steady.model.setObjective(false, handOffs);
        Assignment best = fallback;
        while (solver.solve()) {
            best = steady.assignment();
        }
        budget.spend(solver.getFailCount());
        return best;
    }

    private static Solver prepare(SlotModel slots, boolean weekly, long failLimit) {
        // A limit of zero would mean no limit to Choco; one failure is the least a spent budget allows.
        failLimit = Math.max(1, failLimit);
        Solver solver = slots.model.getSolver();
        // Last-conflict reasoning and restarts let dom/wdeg learn which slots are hard; both are deterministic.
        solver.setSearch(Search.lastConflict(Search.intVarSearch(new DomOverWDeg<>(slots.slotsInOrder, 0),
                new LeastLoadedFirst(slots, weekly), slots.slotsInOrder)));
        solver.setLubyRestart(64, new FailCounter(slots.model, 64), Integer.MAX_VALUE);
        solver.addStopCriterion(new FailCounter(slots.model, failLimit));
        return solver;
    }
}
