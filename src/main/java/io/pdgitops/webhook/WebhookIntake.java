package io.pdgitops.webhook;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that happens to a delivery before the service acts on it, in an order that reads nothing untrusted
 * before it has to: size, sender, signature, then parsing and routing.
 */
public final class WebhookIntake {

    private final Map<GitProvider, WebhookVerifier> verifiers;
    private final BodySizeLimit limit;
    private final TrackedRepository tracked;

    public WebhookIntake(Map<GitProvider, WebhookSecret> secrets, BodySizeLimit limit, TrackedRepository tracked) {
        this.verifiers = new EnumMap<>(GitProvider.class);
        secrets.forEach((provider, secret) -> verifiers.put(provider, WebhookVerifier.forProvider(provider, secret)));
        this.limit = limit;
        this.tracked = tracked;
    }

    /** Handles a delivery that arrived at the endpoint of {@code endpoint}. */
    public WebhookOutcome receive(GitProvider endpoint, WebhookHeaders headers, byte[] body) {
        Optional<Verification.Rejected> tooLarge = limit.check(body.length);
        if (tooLarge.isPresent()) {
            return new WebhookOutcome.Refused(413, tooLarge.get().message());
        }
        WebhookVerifier verifier = verifiers.get(endpoint);
        if (verifier == null) {
            return new WebhookOutcome.Refused(404, endpoint.pathName() + " webhooks are not configured: "
                    + "no secret is set for them");
        }
        Optional<GitProvider> sender = ProviderDetector.detect(headers);
        if (sender.isEmpty()) {
            return new WebhookOutcome.Refused(400, "no " + ProviderDetector.eventHeader(endpoint) + " header");
        }
        if (sender.get() != endpoint) {
            return new WebhookOutcome.Refused(400, "the delivery comes from " + sender.get().pathName()
                    + " but was sent to the " + endpoint.pathName() + " endpoint");
        }
        if (verifier.verify(headers, body) instanceof Verification.Rejected rejected) {
            return new WebhookOutcome.Refused(401, rejected.message());
        }
        try {
            WebhookEvent event = WebhookParser.parse(endpoint, headers, body);
            return new WebhookOutcome.Handled(event, WebhookRouter.route(event, tracked));
        } catch (WebhookPayloadException e) {
            return new WebhookOutcome.Refused(400, e.getMessage());
        }
    }
}
