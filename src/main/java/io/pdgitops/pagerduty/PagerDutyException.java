package io.pdgitops.pagerduty;

import java.util.List;

/**
 * The one failure type of the PagerDuty client: an error response, a network failure after the last retry, or a
 * limit of the API that the client refuses to run into. It names the call (method and path) but never the token.
 */
public final class PagerDutyException extends RuntimeException {

    /** The status used when no HTTP response was received (network error, client-side limit). */
    public static final int NO_RESPONSE = 0;

    private final int status;
    private final Integer code;
    private final String errorMessage;
    private final List<String> details;
    private final boolean retryable;
    private final String method;
    private final String path;

    public PagerDutyException(int status, Integer code, String errorMessage, List<String> details, boolean retryable,
            String method, String path, Throwable cause) {
        super(describe(status, code, errorMessage, details, method, path), cause);
        this.status = status;
        this.code = code;
        this.errorMessage = errorMessage;
        this.details = List.copyOf(details);
        this.retryable = retryable;
        this.method = method;
        this.path = path;
    }

    static PagerDutyException fromResponse(int status, ErrorBody body, boolean retryable, String method, String path) {
        return new PagerDutyException(status, body.code(), body.message(), body.details(), retryable, method, path,
                null);
    }

    static PagerDutyException withoutResponse(String message, boolean retryable, String method, String path,
            Throwable cause) {
        return new PagerDutyException(NO_RESPONSE, null, message, List.of(), retryable, method, path, cause);
    }

    private static String describe(int status, Integer code, String message, List<String> details, String method,
            String path) {
        StringBuilder text = new StringBuilder(method).append(' ').append(path).append(": ");
        if (status != NO_RESPONSE) {
            text.append("HTTP ").append(status).append(' ');
        }
        if (code != null) {
            text.append("(PagerDuty error ").append(code).append(") ");
        }
        text.append(message);
        if (!details.isEmpty()) {
            text.append(": ").append(String.join("; ", details));
        }
        return text.toString();
    }

    /** The HTTP status, or {@link #NO_RESPONSE}. */
    public int status() {
        return status;
    }

    /** PagerDuty's numeric error code (e.g. 2001 invalid input), or null when the body had none. */
    public Integer code() {
        return code;
    }

    public String errorMessage() {
        return errorMessage;
    }

    public List<String> details() {
        return details;
    }

    /** Whether trying the same call again later may succeed (rate limit, server or network trouble). */
    public boolean retryable() {
        return retryable;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public boolean isNotFound() {
        return status == 404 || Integer.valueOf(2100).equals(code);
    }
}
