package io.pdgitops.webhook;

/** The answer to one delivery: refused with an HTTP status, or understood and decided. */
public sealed interface WebhookOutcome {

    /** Refused; {@code reason} is safe to return to the sender and to log. */
    record Refused(int httpStatus, String reason) implements WebhookOutcome {
    }

    record Handled(WebhookEvent event, WebhookDecision decision) implements WebhookOutcome {
    }
}
