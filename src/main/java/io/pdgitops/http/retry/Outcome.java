package io.pdgitops.http.retry;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import okhttp3.Headers;

/**
 * What one failed attempt came back with: an HTTP answer that was not a success, or an exception and no answer.
 *
 * @param status the HTTP status, or {@link #NO_RESPONSE} when {@code error} is set
 * @param reason the status line's reason phrase, possibly empty
 * @param body the answer's text, for the error message
 */
public record Outcome(int status, String reason, Headers headers, String body, IOException error) {

    public static final int NO_RESPONSE = 0;

    public static Outcome answered(int status, String reason, Headers headers, String body) {
        return new Outcome(status, reason, headers, body, null);
    }

    public static Outcome failed(IOException error) {
        return new Outcome(NO_RESPONSE, "", Headers.of(), "", error);
    }

    public boolean answered() {
        return error == null;
    }

    /** No connection could be made, so the server cannot have seen the request. */
    public boolean neverSent() {
        return error instanceof ConnectException || error instanceof UnknownHostException;
    }

    /** For logs: the status, or the exception's kind (never its message, which may echo a URL with a token). */
    public String cause() {
        return answered() ? "HTTP " + status : error.getClass().getSimpleName();
    }
}
