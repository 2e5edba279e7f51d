package io.pdgitops.webhook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a verified delivery into a {@link WebhookEvent}. GitHub and Gitea may send the JSON as the {@code payload}
 * field of a form ({@code application/x-www-form-urlencoded}); that form is read too. Verify the signature over the
 * raw body before parsing.
 */
public final class WebhookParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = "application/x-www-form-urlencoded";

    private WebhookParser() {
    }

    public static WebhookEvent parse(GitProvider provider, WebhookHeaders headers, byte[] body) {
        String eventHeader = ProviderDetector.eventHeader(provider);
        String event = headers.get(eventHeader)
                .orElseThrow(() -> new WebhookPayloadException(eventHeader + " header is missing"));
        Optional<String> delivery = deliveryId(provider, headers);
        JsonNode root = readJson(json(provider, headers, body));
        return switch (provider) {
            case GITHUB, GITEA -> GitHubStyleEvents.parse(provider, event, root, delivery);
            case GITLAB -> GitLabEvents.parse(event, root, delivery);
        };
    }

    static Optional<String> deliveryId(GitProvider provider, WebhookHeaders headers) {
        return switch (provider) {
            case GITHUB -> headers.get("X-GitHub-Delivery");
            case GITEA -> headers.get("X-Gitea-Delivery");
            // Idempotency-Key survives GitLab's retries; the event UUID is there on older versions.
            case GITLAB -> headers.get("Idempotency-Key").or(() -> headers.get("X-Gitlab-Event-UUID"));
        };
    }

    private static byte[] json(GitProvider provider, WebhookHeaders headers, byte[] body) {
        String contentType = headers.get("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (provider == GitProvider.GITLAB || !contentType.startsWith(FORM)) {
            return body;
        }
        for (String field : new String(body, StandardCharsets.US_ASCII).split("&")) {
            if (field.startsWith("payload=")) {
                try {
                    return URLDecoder.decode(field.substring("payload=".length()), StandardCharsets.UTF_8)
                            .getBytes(StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new WebhookPayloadException("form field 'payload' is not valid URL encoding");
                }
            }
        }
        throw new WebhookPayloadException("form-encoded body has no 'payload' field");
    }

    private static JsonNode readJson(byte[] json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.isObject()) {
                throw new WebhookPayloadException("body is not a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new WebhookPayloadException("body is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new WebhookPayloadException("body cannot be read: " + e.getMessage());
        }
    }
}
