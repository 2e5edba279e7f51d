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

    /**
     * Everything that can be refused before the body is read: its declared length (none is refused too, as a body
     * of unknown length could only be bounded by reading it), the sender, and what the headers alone prove about
     * the signature or token. Empty when the body should be read and given to {@link #receive}.
     *
     * @param declaredLength the {@code Content-Length}, or negative when the request has none
     */
    public Optional<WebhookOutcome.Refused> admit(GitProvider endpoint, WebhookHeaders headers, long declaredLength) {
        if (declaredLength < 0) {
            return Optional.of(new WebhookOutcome.Refused(411, "a webhook delivery must declare its Content-Length"));
        }
        Optional<Verification.Rejected> tooLarge = limit.check(declaredLength);
        if (tooLarge.isPresent()) {
            return Optional.of(new WebhookOutcome.Refused(413, tooLarge.get().message()));
        }
        Optional<WebhookOutcome.Refused> sender = checkSender(endpoint, headers);
        if (sender.isPresent()) {
            return sender;
        }
        return verifiers.get(endpoint).checkHeaders(headers)
                .map(rejected -> new WebhookOutcome.Refused(401, rejected.message()));
    }

    /** Handles a delivery that arrived at the endpoint of {@code endpoint}. */
    public WebhookOutcome receive(GitProvider endpoint, WebhookHeaders headers, byte[] body) {
        Optional<Verification.Rejected> tooLarge = limit.check(body.length);
        if (tooLarge.isPresent()) {
            return new WebhookOutcome.Refused(413, tooLarge.get().message());
        }
        Optional<WebhookOutcome.Refused> sender = checkSender(endpoint, headers);
        if (sender.isPresent()) {
            return sender.get();
        }
        if (verifiers.get(endpoint).verify(headers, body) instanceof Verification.Rejected rejected) {
            return new WebhookOutcome.Refused(401, rejected.message());
        }
        try {
            WebhookEvent event = WebhookParser.parse(endpoint, headers, body);
            return new WebhookOutcome.Handled(event, WebhookRouter.route(event, tracked));
        } catch (WebhookPayloadException e) {
            return new WebhookOutcome.Refused(400, e.getMessage());
        }
    }

    private Optional<WebhookOutcome.Refused> checkSender(GitProvider endpoint, WebhookHeaders headers) {
        WebhookVerifier verifier = verifiers.get(endpoint);
        if (verifier == null) {
            return Optional.of(new WebhookOutcome.Refused(404, endpoint.pathName() + " webhooks are not configured: "
                    + "no secret is set for them"));
        }
        Optional<GitProvider> sender = ProviderDetector.detect(headers);
        if (sender.isEmpty()) {
            return Optional.of(new WebhookOutcome.Refused(400, "no " + ProviderDetector.eventHeader(endpoint)
                    + " header"));
        }
        if (sender.get() != endpoint) {
            return Optional.of(new WebhookOutcome.Refused(400, "the delivery comes from " + sender.get().pathName()
                    + " but was sent to the " + endpoint.pathName() + " endpoint"));
        }
        return Optional.empty();
    }
}
