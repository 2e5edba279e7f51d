package io.pdgitops.webhook;

/** Proves that a delivery comes from the Git host that knows the webhook's secret. */
public interface WebhookVerifier {

    Verification verify(WebhookHeaders headers, byte[] body);

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
