package io.pdgitops.api;

import io.pdgitops.service.quarkus.SyncService;
import io.pdgitops.state.SyncRecord;
import io.pdgitops.state.SyncTrigger;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "syncs")
@Produces(MediaType.APPLICATION_JSON)
public class SyncsResource {

    @Inject
    SyncService sync;

    @Inject
    ApiAuth auth;

    private static final int DEFAULT_LIMIT = 50;

    @GET
    @Path("/syncs")
    @Operation(summary = "Sync history, newest first",
            description = "Trigger, revision, author, commit message, outcome, per-step results and errors.")
    public List<SyncRecord> syncs(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("limit") String limitParam) {
        auth.requireRead(authorization);
        int limit = QueryValues.integer("limit", limitParam, DEFAULT_LIMIT, 1, Integer.MAX_VALUE);
        List<SyncRecord> history = sync.history();
        int from = Math.max(0, history.size() - Math.max(1, limit));
        List<SyncRecord> newestFirst = new ArrayList<>(history.subList(from, history.size()));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    @GET
    @Path("/syncs/{id}")
    @Operation(summary = "One sync of the history")
    public SyncRecord sync(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id) {
        auth.requireRead(authorization);
        return sync.history().stream().filter(record -> record.id() == id).findFirst()
                .orElseThrow(() -> ApiError.refuse(Response.Status.NOT_FOUND, "no sync " + id + " in the history"));
    }

    @POST
    @Path("/sync")
    @Operation(summary = "Sync the tracked branch now", description = "Needs 'Authorization: Bearer <api token>'. "
            + "Answers 202 at once; the outcome appears in the history.")
    public Response syncNow(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.requireWrite(authorization);
        sync.requestSync(SyncTrigger.MANUAL);
        return Response.accepted(Map.of("status", "sync requested")).build();
    }
}
