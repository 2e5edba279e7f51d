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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
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
    @Operation(operationId = "listSyncs", summary = "Sync history, newest first",
            description = "Trigger, revision, author, commit message, outcome, per-step results and errors.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDefinition.BEARER))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The newest syncs, at most limit of them",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = SyncRecord.class))),
            @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST),
            @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED),
            @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    })
    public List<SyncRecord> syncs(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(description = "How many syncs to return, newest first (at least 1)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "50"))
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
    @Operation(operationId = "getSync", summary = "One sync of the history")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDefinition.BEARER))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The sync with that id",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SyncRecord.class))),
            @APIResponse(responseCode = "404", description = "No sync with that id in the kept history",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED),
            @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    })
    public SyncRecord sync(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Parameter(description = "The sync's id, as the history lists it")
            @PathParam("id") long id) {
        auth.requireRead(authorization);
        return sync.history().stream().filter(record -> record.id() == id).findFirst()
                .orElseThrow(() -> ApiError.refuse(Response.Status.NOT_FOUND, "no sync " + id + " in the history"));
    }

    @POST
    @Path("/sync")
    @Operation(operationId = "requestSync", summary = "Sync the tracked branch now", description = "Needs 'Authorization: Bearer <api token>'. "
            + "Answers 202 at once; the outcome appears in the history.")
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @APIResponses({
            @APIResponse(responseCode = "202", description = "The sync is queued; its outcome appears in the history",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SyncRequested.class))),
            @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED),
            @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    })
    public Response syncNow(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.requireWrite(authorization);
        sync.requestSync(SyncTrigger.MANUAL);
        return Response.accepted(new SyncRequested("sync requested")).build();
    }
}
