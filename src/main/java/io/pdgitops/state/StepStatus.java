package io.pdgitops.state;

public enum StepStatus {
    SUCCEEDED, FAILED, SKIPPED
}
