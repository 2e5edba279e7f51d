package io.pdgitops.plan;

/** Counts for the headline of a plan. */
public record PlanSummary(int create, int update, int delete, int noOp, int ambiguous) {

    public int changes() {
        return create + update + delete;
    }
}
