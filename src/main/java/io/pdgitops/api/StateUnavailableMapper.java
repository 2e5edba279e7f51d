package io.pdgitops.api;

import io.pdgitops.state.StateStoreException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A state that cannot be read (the database is down, the file unwritable) answers 503 with the store's reason, which
 * names the operation and the cause but never a password, instead of an anonymous 500.
 */
public class StateUnavailableMapper {

    @ServerExceptionMapper
    public Response unavailable(StateStoreException e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(e.getMessage())).build();
    }
}
