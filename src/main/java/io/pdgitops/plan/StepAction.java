package io.pdgitops.plan;

/** What a step does to PagerDuty. Removed schedule layers are an {@link #UPDATE} that ends them. */
public enum StepAction {
    CREATE,
    UPDATE,
    DELETE
}
