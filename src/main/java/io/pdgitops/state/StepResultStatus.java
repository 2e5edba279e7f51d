package io.pdgitops.state;

public enum StepResultStatus {
    SUCCEEDED, FAILED, SKIPPED
}
