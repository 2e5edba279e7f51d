package io.pdgitops.pagerduty;

import java.util.ArrayList;
import java.util.List;

/**
 * A PagerDuty path kept both as its template ({@code /services/{id}}, for metrics and logs) and as its segments
 * with the placeholders filled in (each one URL-encoded when the request is built, so an id can never change the
 * path's shape).
 */
record ApiPath(String template, List<String> segments) {

    ApiPath {
        segments = List.copyOf(segments);
    }

    /** @param arguments one per {@code {placeholder}}, in order */
    static ApiPath of(String template, String... arguments) {
        List<String> segments = new ArrayList<>();
        int next = 0;
        for (String part : template.substring(1).split("/")) {
            if (part.startsWith("{")) {
                if (next >= arguments.length) {
                    throw new IllegalArgumentException("no value for " + part + " in " + template);
                }
                String argument = arguments[next++];
                if (argument == null || argument.isEmpty()) {
                    throw new IllegalArgumentException("empty value for " + part + " in " + template);
                }
                segments.add(argument);
            } else {
                segments.add(part);
            }
        }
        if (next != arguments.length) {
            throw new IllegalArgumentException("too many values for " + template);
        }
        return new ApiPath(template, segments);
    }

    /** The path with its values, as it appears in error messages. */
    String resolved() {
        return "/" + String.join("/", segments);
    }
}
