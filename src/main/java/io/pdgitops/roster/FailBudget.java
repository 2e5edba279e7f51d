package io.pdgitops.roster;

/**
 * The solver failures (dead ends) one compile may still spend over all its cycle lengths. Counting
 * failures rather than time keeps results the same on every machine and under any load.
 */
final class FailBudget {

    private long left;

    FailBudget(long total) {
        this.left = total;
    }

    /** The limit for the next solve: what is left, but no more than {@code perSolve}. */
    long next(long perSolve) {
        return Math.min(left, perSolve);
    }

    void spend(long failures) {
        left = Math.max(0, left - failures);
    }

    boolean spent() {
        return left == 0;
    }
}
