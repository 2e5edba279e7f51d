package io.pdgitops.webhook;

import java.util.Optional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** GitLab sends the secret itself in {@code X-Gitlab-Token}; there is no signature over the body. */
record GitLabTokenVerifier(WebhookSecret secret) implements WebhookVerifier {

    static final String HEADER = "X-Gitlab-Token";

    @Override
    public Verification verify(WebhookHeaders headers, byte[] body) {
        var token = headers.get(HEADER);
        if (token.isEmpty()) {
            return WebhookVerifier.missing(HEADER, "set the same secret token on the GitLab webhook");
        }
        // Comparing digests keeps the comparison's time independent of the secret's length too.
        if (!MessageDigest.isEqual(sha256(token.get().getBytes(StandardCharsets.UTF_8)), sha256(secret.bytes()))) {
            return new Verification.Rejected(Verification.Reason.WRONG_SIGNATURE,
                    HEADER + " does not match the configured secret token");
        }
        return Verification.ACCEPTED;
    }

    /** The token is all there is to check, and it is a header. */
    @Override
    public Optional<Verification.Rejected> checkHeaders(WebhookHeaders headers) {
        return verify(headers, new byte[0]) instanceof Verification.Rejected rejected
                ? Optional.of(rejected) : Optional.empty();
    }

    private static byte[] sha256(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
