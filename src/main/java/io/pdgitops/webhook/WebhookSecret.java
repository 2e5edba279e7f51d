package io.pdgitops.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The shared secret of one webhook. Its {@code toString} never shows it. */
public final class WebhookSecret {

    private final byte[] value;

    private WebhookSecret(byte[] value) {
        this.value = value;
    }

    public static WebhookSecret of(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the webhook secret is empty");
        }
        return new WebhookSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes() {
        return Arrays.copyOf(value, value.length);
    }

    @Override
    public String toString() {
        return "WebhookSecret[***]";
    }
}
