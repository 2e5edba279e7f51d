package io.pdgitops.webhook;

/** A body that cannot be read as the event its headers announce. */
public class WebhookPayloadException extends RuntimeException {

    public WebhookPayloadException(String message) {
        super(message);
    }
}
