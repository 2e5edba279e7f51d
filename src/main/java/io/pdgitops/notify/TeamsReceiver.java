package io.pdgitops.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;

/**
 * A Microsoft Teams workflow webhook ("Post to a channel when a webhook request is received"): a message with one
 * Adaptive Card attachment, the shape that workflow reads.
 */
public record TeamsReceiver(URI url) implements Receiver {

    /** The URL itself is the secret: it is never shown. */
    @Override
    public String toString() {
        return "TeamsReceiver[url hidden]";
    }

    @Override
    public String name() {
        return "teams";
    }

    @Override
    public Delivery request(Notification notification) {
        ObjectNode card = NotificationJson.MAPPER.createObjectNode();
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        ArrayNode body = card.putArray("body");
        body.addObject().put("type", "TextBlock").put("text", notification.title()).put("weight", "Bolder")
                .put("size", "Medium").put("wrap", true)
                .put("color", notification.event().problem() ? "Attention" : "Good");
        body.addObject().put("type", "TextBlock").put("text", notification.repository()).put("isSubtle", true)
                .put("wrap", true);
        notification.details().forEach(line -> body.addObject().put("type", "TextBlock").put("text", "- " + line)
                .put("wrap", true));
        notification.link().ifPresent(link -> card.putArray("actions").addObject().put("type", "Action.OpenUrl")
                .put("title", "Open the dashboard").put("url", link));
        ObjectNode message = NotificationJson.MAPPER.createObjectNode().put("type", "message");
        ObjectNode attachment = message.putArray("attachments").addObject();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.set("content", card);
        return NotificationJson.post(url, NotificationJson.bytes(message));
    }
}
