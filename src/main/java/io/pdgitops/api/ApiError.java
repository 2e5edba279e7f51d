package io.pdgitops.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/** The body of every refusal: {@code {"error": "..."}}. */
public record ApiError(String error) {

    static WebApplicationException refuse(Response.Status status, String message) {
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(message)).build());
    }

    /** 429 with {@code Retry-After} in whole seconds, rounded up so that a caller who waits it is let in. */
    static WebApplicationException tooMany(Duration wait, String message) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new WebApplicationException(Response.status(Response.Status.TOO_MANY_REQUESTS)
                .type(MediaType.APPLICATION_JSON).header("Retry-After", Long.toString(seconds))
                .entity(new ApiError(message + "; try again in " + seconds + " s")).build());
    }
}
