package io.pdgitops.webhook;

import java.util.Optional;

/** Gitea: {@code X-Gitea-Signature: <hex HMAC-SHA256 of the raw body>}, no prefix. */
record GiteaSignatureVerifier(WebhookSecret secret) implements WebhookVerifier {

    static final String HEADER = "X-Gitea-Signature";

    @Override
    public Verification verify(WebhookHeaders headers, byte[] body) {
        return headers.get(HEADER)
                .map(signature -> HmacSha256.check(secret, body, HEADER, signature))
                .orElseGet(() -> WebhookVerifier.missing(HEADER, "set the same secret on the Gitea webhook"));
    }

    @Override
    public Optional<Verification.Rejected> checkHeaders(WebhookHeaders headers) {
        return headers.has(HEADER) ? Optional.empty() : Optional.of((Verification.Rejected) WebhookVerifier
                .missing(HEADER, "set the same secret on the Gitea webhook"));
    }
}
