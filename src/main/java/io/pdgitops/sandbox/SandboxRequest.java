package io.pdgitops.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One HTTP request as the sandbox sees it, independent of the server that received it.
 *
 * @param path    the path below the sandbox root, e.g. {@code /services/PABC123}
 * @param query   decoded query parameters; repeated keys ({@code include[]=a&include[]=b}) keep every value
 * @param headers header values by name; names are matched case-insensitively
 */
public record SandboxRequest(
        String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers, byte[] body) {

    public SandboxRequest {
        method = method.toUpperCase(Locale.ROOT);
        query = Map.copyOf(query);
        TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> caseInsensitive.merge(name, List.copyOf(values), SandboxRequest::concat));
        headers = caseInsensitive;
        body = body == null ? new byte[0] : body;
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public List<String> queryValues(String name) {
        return query.getOrDefault(name, List.of());
    }

    public Optional<String> queryValue(String name) {
        List<String> values = queryValues(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isRead() {
        return method.equals("GET") || method.equals("HEAD");
    }

    /** The request line only: bodies and headers may carry tokens and keys. */
    @Override
    public String toString() {
        return method + " " + path;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
