package io.pdgitops.http.retry;

/** Whether a call may be sent again when its first attempt got no clear answer. */
public enum Repeat {

    /** Sending it twice does no harm: a read, an update, a delete, setting a status. */
    SAFE,
    /**
     * A create: sent again only when it never reached the server (no connection) or the server refused it outright
     * (rate limit). After a timeout or a 5xx the outcome is unknown; the caller must look the object up first.
     */
    ONLY_IF_NEVER_SENT;

    /** GET, PUT and DELETE are idempotent in HTTP; POST and PATCH are not assumed to be. */
    public static Repeat forMethod(String method) {
        return switch (method) {
            case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> SAFE;
            default -> ONLY_IF_NEVER_SENT;
        };
    }
}
