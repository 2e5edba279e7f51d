package io.pdgitops.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every refusal: {@code {"error": "..."}}. */
public record ApiError(String error) {

    static WebApplicationException refuse(Response.Status status, String message) {
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(message)).build());
    }
}
