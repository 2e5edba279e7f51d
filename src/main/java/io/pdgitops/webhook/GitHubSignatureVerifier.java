package io.pdgitops.webhook;

import java.util.Optional;

/** GitHub: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>}. */
record GitHubSignatureVerifier(WebhookSecret secret) implements WebhookVerifier {

    static final String HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";

    @Override
    public Verification verify(WebhookHeaders headers, byte[] body) {
        Optional<Verification.Rejected> problem = checkHeaders(headers);
        if (problem.isPresent()) {
            return problem.get();
        }
        return HmacSha256.check(secret, body, HEADER, headers.get(HEADER).orElseThrow().substring(PREFIX.length()));
    }

    @Override
    public Optional<Verification.Rejected> checkHeaders(WebhookHeaders headers) {
        var signature = headers.get(HEADER);
        if (signature.isEmpty()) {
            return Optional.of((Verification.Rejected) WebhookVerifier.missing(HEADER,
                    "set the same secret on the GitHub webhook"));
        }
        if (!signature.get().startsWith(PREFIX)) {
            return Optional.of(new Verification.Rejected(Verification.Reason.MALFORMED_SIGNATURE,
                    HEADER + " does not start with 'sha256='"));
        }
        return Optional.empty();
    }
}
