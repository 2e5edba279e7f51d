package io.pdgitops.api;

import io.pdgitops.service.quarkus.ProcessVitals;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A request that ran out of memory is answered 503, and the process reports itself not live to be restarted. */
public class FatalErrorMapper {

    @Inject
    ProcessVitals vitals;

    @ServerExceptionMapper
    public Response fatal(VirtualMachineError error) {
        vitals.record("a request handler", error);
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("the service is out of resources and will restart")).build();
    }
}
