package io.pdgitops.sandbox;

import java.util.List;

/**
 * An error the way PagerDuty reports it: an HTTP status and a body
 * {@code {"error":{"message":..., "code":..., "errors":[...]}}}. Thrown by resource handlers and
 * turned into a response at the edge of {@link Sandbox}.
 */
public final class PagerDutyError extends RuntimeException {

    private final int status;
    private final int code;
    private final List<String> errors;

    public PagerDutyError(int status, int code, String message, List<String> errors) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static PagerDutyError invalid(String... errors) {
        return new PagerDutyError(400, 2001, "Invalid Input Provided", List.of(errors));
    }

    public static PagerDutyError invalidReference(int code, String what) {
        return new PagerDutyError(400, code, what + " Not Found", List.of(what + " Not Found"));
    }

    public static PagerDutyError notFound() {
        return new PagerDutyError(404, 2100, "Not Found", List.of());
    }

    public static PagerDutyError unauthorized() {
        return new PagerDutyError(401, 2006, "Authentication failed", List.of());
    }

    public static PagerDutyError forbidden() {
        return new PagerDutyError(403, 2010, "Access Denied", List.of("The API token does not allow write access"));
    }

    public static PagerDutyError rateLimited() {
        return new PagerDutyError(429, 2020, "Rate Limit Exceeded", List.of());
    }

    public int status() {
        return status;
    }

    public int code() {
        return code;
    }

    public List<String> errors() {
        return errors;
    }
}
