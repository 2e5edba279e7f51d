package io.pdgitops.notify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;

/** A Slack incoming webhook: {@code text} in Slack's mrkdwn, with {@code &}, {@code <} and {@code >} escaped. */
public record SlackReceiver(URI url) implements Receiver {

    /** The URL itself is the secret: it is never shown. */
    @Override
    public String toString() {
        return "SlackReceiver[url hidden]";
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public Delivery request(Notification notification) {
        String icon = notification.event().problem() ? ":red_circle:" : ":large_green_circle:";
        StringBuilder text = new StringBuilder(icon).append(" *").append(escape(notification.title())).append("*\n")
                .append(escape(notification.repository()));
        notification.details().forEach(line -> text.append("\n• ").append(escape(line)));
        notification.link().ifPresent(link -> text.append("\n<").append(escape(link)).append("|Open the dashboard>"));
        ObjectNode body = NotificationJson.MAPPER.createObjectNode().put("text", text.toString());
        return NotificationJson.post(url, NotificationJson.bytes(body));
    }

    /** Slack's three control characters in message text. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
