package io.pdgitops.notify;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A generic JSON webhook. The body is signed like GitHub signs its webhooks: {@code X-PD-Gitops-Signature-256:
 * sha256=<hex HMAC-SHA256 of the raw body with the shared secret>}, so receivers can reuse their verification.
 * {@code X-PD-Gitops-Event} names the event and {@code X-PD-Gitops-Delivery} is unique per notification, for
 * receivers that drop replays.
 */
public final class SignedWebhookReceiver implements Receiver {

    public static final String SIGNATURE = "X-PD-Gitops-Signature-256";
    public static final String EVENT = "X-PD-Gitops-Event";
    public static final String DELIVERY = "X-PD-Gitops-Delivery";

    private final URI url;
    private final byte[] secret;

    public SignedWebhookReceiver(URI url, String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the notification webhook needs a secret to sign with "
                    + "(pd-gitops.notify.webhook.secret)");
        }
        this.url = url;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public Delivery request(Notification notification) {
        byte[] body = NotificationJson.bytes(NotificationJson.fields(notification));
        return NotificationJson.post(url, body, Map.of(SIGNATURE, "sha256=" + hmac(body),
                EVENT, notification.event().wireName(), DELIVERY, UUID.randomUUID().toString()));
    }

    private String hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "SignedWebhookReceiver[secret hidden]";
    }
}
