package io.pdgitops.webhook;

/** GitHub: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>}. */
record GitHubSignatureVerifier(WebhookSecret secret) implements WebhookVerifier {

    static final String HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";

    @Override
    public Verification verify(WebhookHeaders headers, byte[] body) {
        var signature = headers.get(HEADER);
        if (signature.isEmpty()) {
            return WebhookVerifier.missing(HEADER, "set the same secret on the GitHub webhook");
        }
        if (!signature.get().startsWith(PREFIX)) {
            return new Verification.Rejected(Verification.Reason.MALFORMED_SIGNATURE,
                    HEADER + " does not start with 'sha256='");
        }
        return HmacSha256.check(secret, body, HEADER, signature.get().substring(PREFIX.length()));
    }
}
