package io.pdgitops.api;

import io.pdgitops.check.DriftSnapshot;
import io.pdgitops.drift.render.DriftJsonRenderer;
import io.pdgitops.drift.render.DriftMarkdownRenderer;
import io.pdgitops.service.DriftOrigin;
import io.pdgitops.service.quarkus.SyncService;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/drift")
@Tag(name = "drift")
public class DriftResource {

    static final String MARKDOWN = "text/markdown";
    private static final long REFRESH_TIMEOUT_SECONDS = 120;

    @Inject
    SyncService sync;

    @Inject
    ApiAuth auth;

    @Inject
    DriftRefreshGate gate;

    @GET
    @Produces({MediaType.APPLICATION_JSON, MARKDOWN, MediaType.TEXT_HTML})
    @Operation(operationId = "getDrift", summary = "Where PagerDuty differs from the last applied revision",
            description = "The newest periodic check; refresh=true checks now, as does the first request before any "
                    + "check ran. A check reads the whole PagerDuty account, so with an API token set it needs "
                    + "'Authorization: Bearer <api token>'; without one, each client may ask a few times a minute. "
                    + "Checks on demand share a per-minute budget of PagerDuty requests; past it, or past the "
                    + "client's, the answer is 429 with Retry-After. Accept: text/markdown gives Markdown.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDefinition.BEARER))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The drift report of the revision in the header",
                    headers = {
                        @Header(name = "X-PD-Gitops-Revision", description = "The revision PagerDuty was compared with",
                                schema = @Schema(type = SchemaType.STRING)),
                        @Header(name = "X-PD-Gitops-Checked-At", description = "When PagerDuty was read (ISO 8601)",
                                schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    },
                    content = {
                        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                                name = "DriftReport", type = SchemaType.OBJECT,
                                description = "pd-gitops/drift/v1: each declared object that differs, and objects "
                                        + "PagerDuty has that no revision declares",
                                properties = {
                                    @SchemaProperty(name = "format", type = SchemaType.STRING,
                                            enumeration = DriftJsonRenderer.FORMAT),
                                    @SchemaProperty(name = "drift", type = SchemaType.BOOLEAN,
                                            description = "True when anything differs"),
                                    @SchemaProperty(name = "summary", type = SchemaType.OBJECT,
                                            description = "Objects per status, and the unmanaged count"),
                                    @SchemaProperty(name = "objects", type = SchemaType.ARRAY,
                                            description = "Per object: kind, name, service, status, live_ids and "
                                                    + "the changed fields (path, desired, live)"),
                                    @SchemaProperty(name = "unmanaged", type = SchemaType.ARRAY,
                                            description = "Per object: kind, name, live_id and the export command "
                                                    + "that brings it into Git")
                                })),
                        @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING))
                    }),
            @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST),
            @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED),
            @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN),
            @APIResponse(responseCode = "429", description = "A check now would exceed the client's or the "
                    + "service's budget of checks on demand",
                    headers = @Header(name = "Retry-After", description = "Seconds until a check may be asked for",
                            schema = @Schema(type = SchemaType.INTEGER)),
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
    })
    public Response drift(@Context HttpServerRequest request,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Parameter(description = "Check now instead of answering with the newest periodic check",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("refresh") String refreshParam) {
        if (accept != null && accept.contains(MediaType.TEXT_HTML) && !accept.contains(MediaType.APPLICATION_JSON)
                && !accept.contains(MARKDOWN)) {
            // A browser: the dashboard's drift page shows the same report, and asks for the token itself.
            return Response.seeOther(URI.create("/drift")).build();
        }
        auth.requireRead(authorization);
        boolean refresh = QueryValues.bool("refresh", refreshParam, false);
        boolean checkNow = refresh || sync.drift().isEmpty();
        if (checkNow) {
            // A check reads the whole account from PagerDuty: callers must not spend the syncs' budget.
            gate.admit(authorization, request.remoteAddress() == null ? "unknown"
                    : request.remoteAddress().hostAddress());
        }
        DriftSnapshot snapshot = checkNow ? checkNow() : sync.drift().get();
        if (snapshot.report().isEmpty()) {
            throw ApiError.refuse(Response.Status.SERVICE_UNAVAILABLE, "no drift report: "
                    + snapshot.problem().orElse("not checked yet"));
        }
        boolean markdown = accept != null && accept.contains(MARKDOWN);
        String body = markdown ? new DriftMarkdownRenderer().render(snapshot.report().get())
                : new DriftJsonRenderer().render(snapshot.report().get());
        return Response.ok(body, markdown ? MARKDOWN + ";charset=UTF-8" : MediaType.APPLICATION_JSON)
                .header("X-PD-Gitops-Revision", snapshot.revision())
                .header("X-PD-Gitops-Checked-At", snapshot.checkedAt().toString())
                .build();
    }

    private DriftSnapshot checkNow() {
        try {
            return sync.requestDriftCheck(DriftOrigin.REQUEST).get(REFRESH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiError.refuse(Response.Status.SERVICE_UNAVAILABLE, "interrupted while checking drift");
        } catch (ExecutionException | TimeoutException e) {
            throw ApiError.refuse(Response.Status.SERVICE_UNAVAILABLE, "the drift check did not finish: " + e);
        }
    }
}
