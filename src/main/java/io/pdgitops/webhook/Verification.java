package io.pdgitops.webhook;

/** Whether a delivery may be processed. A rejection's message never holds the secret or the expected signature. */
public sealed interface Verification {

    Verification ACCEPTED = new Accepted();

    record Accepted() implements Verification {
    }

    record Rejected(Reason reason, String message) implements Verification {
    }

    enum Reason {
        /** The body is larger than the configured limit. */
        TOO_LARGE,
        /** The header that proves the sender is absent. */
        MISSING_SIGNATURE,
        /** The header is present but not of the provider's form. */
        MALFORMED_SIGNATURE,
        /** The header is well formed but does not prove the sender knows the secret. */
        WRONG_SIGNATURE,
        /** The headers say the delivery comes from another provider than the endpoint serves. */
        WRONG_PROVIDER
    }
}
