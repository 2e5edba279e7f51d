package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * PagerDuty's read-only {@code summary}, {@code self} and {@code html_url}, and references
 * {@code {id, type:"x_reference", summary, self, html_url}}.
 *
 * @param apiUrl base of {@code self}, e.g. {@code https://api.pagerduty.com}
 * @param webUrl base of {@code html_url}, e.g. {@code https://sandbox.pagerduty.com}
 */
record Links(String apiUrl, String webUrl) {

    /** A reference to an object of {@code type} (e.g. "service") stored under {@code path} (e.g. "services"). */
    ObjectNode reference(String type, String path, String id, String summary) {
        ObjectNode reference = Json.object();
        reference.put("id", id);
        reference.put("type", type + "_reference");
        reference.put("summary", summary);
        reference.put("self", apiUrl + "/" + path + "/" + id);
        reference.put("html_url", webUrl + "/" + htmlPath(path) + "/" + id);
        return reference;
    }

    /** Adds summary, self and html_url to a copy of a stored object. */
    ObjectNode decorate(ObjectNode stored, String path, String summary) {
        ObjectNode view = stored.deepCopy();
        String id = stored.path("id").asText();
        view.put("summary", summary);
        view.put("self", apiUrl + "/" + path + "/" + id);
        view.put("html_url", webUrl + "/" + htmlPath(path) + "/" + id);
        return view;
    }

    private static String htmlPath(String path) {
        // The web UI spells two collections differently from the API.
        return switch (path) {
            case "services" -> "service-directory";
            case "integrations" -> "services";
            default -> path;
        };
    }
}
