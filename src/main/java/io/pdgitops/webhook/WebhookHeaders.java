package io.pdgitops.webhook;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Request headers looked up without regard to case, as HTTP requires. */
public final class WebhookHeaders {

    private final Map<String, String> values;

    private WebhookHeaders(Map<String, String> values) {
        this.values = values;
    }

    /** Keeps the first value of each header. */
    public static WebhookHeaders ofMulti(Map<String, List<String>> headers) {
        Map<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, list) -> {
            if (name != null && list != null && !list.isEmpty()) {
                values.putIfAbsent(name, list.get(0));
            }
        });
        return new WebhookHeaders(Collections.unmodifiableMap(values));
    }

    public static WebhookHeaders of(Map<String, String> headers) {
        Map<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        values.putAll(headers);
        return new WebhookHeaders(Collections.unmodifiableMap(values));
    }

    /** The header's value, trimmed; empty when absent or blank. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }
}
