package io.pdgitops.notify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * PagerDuty's Events API v2, so the configuration pipeline pages its owners like any other service: a problem
 * triggers an alert, its end resolves it. The {@code dedup_key} is stable per repository and concern (syncing, or
 * drift), so a later failure joins the open alert and "recovered" resolves the one "sync failed" opened.
 */
public final class PagerDutyEventsReceiver implements Receiver {

    /** PagerDuty's endpoint; the built-in sandbox answers the same path under {@code /sandbox}. */
    public static final URI DEFAULT_URL = URI.create("https://events.pagerduty.com/v2/enqueue");

    private final URI url;
    private final String routingKey;

    public PagerDutyEventsReceiver(URI url, String routingKey) {
        if (routingKey == null || routingKey.strip().length() != 32) {
            throw new IllegalArgumentException("the PagerDuty routing key (pd-gitops.notify.pagerduty.routing-key) "
                    + "must be the 32-character integration key of an Events API v2 integration");
        }
        this.url = url;
        this.routingKey = routingKey.strip();
    }

    @Override
    public String name() {
        return "pagerduty";
    }

    @Override
    public Delivery request(Notification notification) {
        ObjectNode event = NotificationJson.MAPPER.createObjectNode();
        event.put("routing_key", routingKey);
        event.put("event_action", notification.event().problem() ? "trigger" : "resolve");
        event.put("dedup_key", dedupKey(notification));
        if (notification.event().problem()) {
            ObjectNode payload = event.putObject("payload");
            payload.put("summary", truncate("pd-gitops: " + notification.title(), 1024));
            payload.put("source", notification.repository());
            payload.put("severity", notification.event().concern() == NotificationEvent.Concern.SYNC ? "error"
                    : "warning");
            payload.put("timestamp", notification.at().toString());
            payload.put("component", "pd-gitops");
            payload.put("class", notification.event().wireName());
            payload.set("custom_details", NotificationJson.fields(notification));
            notification.link().ifPresent(link -> event.putArray("links").addObject().put("href", link)
                    .put("text", "pd-gitops dashboard"));
        }
        return NotificationJson.post(url, NotificationJson.bytes(event));
    }

    /** {@code pd-gitops/<concern>/<hash of the repository>}: one open alert per repository and concern. */
    static String dedupKey(Notification notification) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(notification.repository().getBytes(StandardCharsets.UTF_8));
            return "pd-gitops/" + notification.event().concern().name().toLowerCase(Locale.ROOT) + "/"
                    + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Override
    public String toString() {
        return "PagerDutyEventsReceiver[routing key hidden]";
    }
}
