package io.pdgitops.webhook;

import java.util.Optional;

/** Refuses bodies over a size before anything else reads them; GitHub caps payloads at 25 MB. */
public record BodySizeLimit(long maxBytes) {

    public static final BodySizeLimit DEFAULT = new BodySizeLimit(25L * 1024 * 1024);

    public BodySizeLimit {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the webhook body limit must be positive");
        }
    }

    /** Checks a length, e.g. a declared {@code Content-Length} before the body is read. */
    public Optional<Verification.Rejected> check(long length) {
        if (length <= maxBytes) {
            return Optional.empty();
        }
        return Optional.of(new Verification.Rejected(Verification.Reason.TOO_LARGE,
                "body of " + length + " bytes is over the limit of " + maxBytes + " bytes"));
    }
}
