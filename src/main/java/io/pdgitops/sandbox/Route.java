package io.pdgitops.sandbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One served method and path template such as {@code /services/{id}/integrations/{integration_id}};
 * templates use PagerDuty's parameter names so they can be checked against the official spec.
 */
record Route(String method, String template, Function<Call, RouteReply> handler) {

    boolean isWrite() {
        return !method.equals("GET");
    }

    Optional<Map<String, String>> match(String path) {
        List<String> want = segments(template);
        List<String> got = segments(path);
        if (want.size() != got.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < want.size(); i++) {
            String segment = want.get(i);
            if (segment.startsWith("{")) {
                params.put(segment.substring(1, segment.length() - 1), got.get(i));
            } else if (!segment.equals(got.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    private static List<String> segments(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return List.of(trimmed.split("/", -1));
    }
}
