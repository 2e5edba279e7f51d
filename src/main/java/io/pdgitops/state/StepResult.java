package io.pdgitops.state;

/**
 * What one plan step did.
 *
 * @param action e.g. {@code create}, {@code update}, {@code delete}
 * @param object what it acted on, e.g. {@code Service 'Payments API'}
 * @param error why it failed or was skipped, null when it succeeded
 */
public record StepResult(String stepId, String action, String object, StepResultStatus status, String error) {
}
