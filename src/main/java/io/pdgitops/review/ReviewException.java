package io.pdgitops.review;

/**
 * A call to a Git host's API that failed for good. The message names the call and the host's answer, never the
 * token.
 *
 * @see ReviewHttp
 */
public final class ReviewException extends RuntimeException {

    /** The HTTP status, or 0 when no response came. */
    private final int status;

    public ReviewException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
