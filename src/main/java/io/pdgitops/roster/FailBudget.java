package io.pdgitops.roster;

/**
 * The solver failures (dead ends) one compile may still spend over all its cycle lengths. Counting
 * failures rather than time keeps results the same on every machine and under any load.
 */
final class FailBudget {

    private final long perSolve;
    private long left;

    /** @param perSolve the most one solve (one cycle length, one objective) may spend */
    FailBudget(long total, long perSolve) {
        this.left = total;
        this.perSolve = perSolve;
    }

    /** The limit for the next solve: what is left, but no more than a share of {@code perSolve}. */
    long next(int divisor) {
        return Math.min(left, perSolve / divisor);
    }

    void spend(long failures) {
        left = Math.max(0, left - failures);
    }

    boolean spent() {
        return left == 0;
    }
}
