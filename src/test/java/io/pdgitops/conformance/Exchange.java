package io.pdgitops.conformance;

import okhttp3.HttpUrl;

/**
 * One request and its answer as they crossed the wire.
 *
 * @param requestBody  the JSON sent, or null when the request had no body
 * @param responseBody the JSON received, or an empty text when the answer had no body
 */
record Exchange(String method, HttpUrl url, String requestBody, int status, String responseBody) {

    /** The path without the base URL's prefix, as PagerDuty's spec writes it. */
    String path(String basePath) {
        String path = url.encodedPath();
        return basePath.isEmpty() || !path.startsWith(basePath) ? path : path.substring(basePath.length());
    }

    @Override
    public String toString() {
        return method + " " + url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery())
                + " -> " + status;
    }
}
