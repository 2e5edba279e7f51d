package io.pdgitops.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON bodies and the POST requests that carry them, shared by the receivers. */
final class NotificationJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private NotificationJson() {
    }

    /** The notification as a receiver-neutral object: the generic webhook's body and the Events API's details. */
    static ObjectNode fields(Notification n) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("event", n.event().wireName());
        body.put("problem", n.event().problem());
        body.put("at", n.at().toString());
        body.put("title", n.title());
        body.put("repository", n.repository());
        n.revision().ifPresent(revision -> body.put("revision", revision));
        n.syncId().ifPresent(id -> body.put("sync_id", id));
        n.link().ifPresent(link -> body.put("link", link));
        n.details().forEach(body.putArray("details")::add);
        return body;
    }

    static byte[] bytes(ObjectNode body) {
        try {
            return MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Delivery post(URI url, byte[] body) {
        return post(url, body, Map.of());
    }

    static Delivery post(URI url, byte[] body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "pd-gitops");
        return new Delivery(url, headers, body);
    }
}
