package io.pdgitops.api;

import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * Query parameters read strictly: a value that is not what the parameter takes is a 400 naming the parameter, not the
 * 404 that JAX-RS answers when it cannot convert a value, nor a silent default.
 */
final class QueryValues {

    private QueryValues() {
    }

    /** A whole number from {@code min} to {@code max}, or {@code fallback} when absent. */
    static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below, with the range
        }
        throw ApiError.refuse(Response.Status.BAD_REQUEST, "'" + name + "' must be a whole number from " + min
                + " to " + max);
    }

    /** {@code true} or {@code false}, or {@code fallback} when absent. */
    static boolean bool(String name, String value, boolean fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiError.refuse(Response.Status.BAD_REQUEST, "'" + name + "' must be true or false");
        };
    }
}
