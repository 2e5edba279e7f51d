package io.pdgitops.webhook;

import java.util.Optional;

/** Proves that a delivery comes from the Git host that knows the webhook's secret. */
public interface WebhookVerifier {

    Verification verify(WebhookHeaders headers, byte[] body);

    /**
     * What the headers alone prove wrong, checked before a byte of the body is read: a missing or malformed
     * signature, or for a token sent as a header, a wrong token. An empty answer does not mean accepted.
     */
    Optional<Verification.Rejected> checkHeaders(WebhookHeaders headers);

    static WebhookVerifier forProvider(GitProvider provider, WebhookSecret secret) {
        return switch (provider) {
            case GITHUB -> new GitHubSignatureVerifier(secret);
            case GITLAB -> new GitLabTokenVerifier(secret);
            case GITEA -> new GiteaSignatureVerifier(secret);
        };
    }

    static Verification missing(String header, String hint) {
        return new Verification.Rejected(Verification.Reason.MISSING_SIGNATURE, header + " header is missing: " + hint);
    }
}
