package io.pdgitops.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the sandbox answers. {@code dropConnection} asks the adapter to fail the exchange without a
 * response (a fault injected on purpose), in which case status and body are meaningless.
 */
public record SandboxResponse(int status, Map<String, String> headers, byte[] body, boolean dropConnection) {

    public SandboxResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public static SandboxResponse dropped() {
        return new SandboxResponse(0, Map.of(), new byte[0], true);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public SandboxResponse withHeaders(Map<String, String> extra) {
        Map<String, String> merged = new LinkedHashMap<>(headers);
        merged.putAll(extra);
        return new SandboxResponse(status, merged, body, dropConnection);
    }

    @Override
    public String toString() {
        return "SandboxResponse[" + status + (dropConnection ? ", dropped" : "") + "]";
    }
}
