package io.pdgitops.roster;

/** What one solve of one cycle length ended with. */
sealed interface SolveOutcome {

    /**
     * @param spread the largest difference in minutes per cycle between members who may take the same shifts
     * @param proven true when the solver proved that no assignment has a smaller spread
     */
    record Found(Assignment assignment, long spread, boolean proven) implements SolveOutcome {
    }

    /** The solver explored every possibility: no assignment keeps the rules. */
    record Impossible() implements SolveOutcome {
    }

    /** The search limit ran out before an assignment was found or ruled out. */
    record LimitReached() implements SolveOutcome {
    }
}
