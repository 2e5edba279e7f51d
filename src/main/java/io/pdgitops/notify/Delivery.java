package io.pdgitops.notify;

import java.net.URI;
import java.util.Map;

/** One POST a receiver wants made: where, with which headers, and the body. */
public record Delivery(URI url, Map<String, String> headers, byte[] body) {

    public Delivery {
        headers = Map.copyOf(headers);
    }
}
