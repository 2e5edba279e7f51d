package io.pdgitops.api;

import io.pdgitops.check.CheckResult;
import io.pdgitops.review.CheckMarkdown;
import io.pdgitops.review.FileLinks;
import io.pdgitops.service.RevisionCheck;
import io.pdgitops.service.quarkus.ServiceConfig;
import io.pdgitops.service.quarkus.SyncService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/validate")
@Tag(name = "syncs")
public class ValidateResource {

    private static final Pattern COMMIT_ID = Pattern.compile("[0-9a-f]{40}");

    /** Exactly one of the two: a ref ({@code refs/heads/x}, {@code refs/pull/7/head}) or branch name, or a commit. */
    public record Request(String ref, String commit) {
    }

    @Inject
    SyncService sync;

    @Inject
    ApiAuth auth;

    @Inject
    ServiceConfig config;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, DriftResource.MARKDOWN})
    @Operation(operationId = "checkRevision", summary = "Validate and plan a branch, ref or commit without applying it",
            description = "Needs 'Authorization: Bearer <api token>'. Body {\"ref\": \"refs/heads/feature\"} (or a "
                    + "branch name) or {\"commit\": \"<40-hex id>\"}. Fetches it, validates the configuration folder "
                    + "and, when valid, plans against PagerDuty as a sync would (prune previewed from the recorded "
                    + "inventory). Runs after the sync in progress; nothing is applied. Answers 200 with outcome "
                    + "CHANGES, NO_CHANGES, REFUSED, INVALID (errors with file and line) or FAILED (cannot fetch or "
                    + "read PagerDuty), as pd-gitops/check/v1 JSON with the pd-gitops/plan/v1 plan, or Markdown "
                    + "with 'Accept: text/markdown'.")
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The outcome of the check; an invalid revision is "
                    + "an answer too (outcome INVALID), not an error",
                    content = {
                        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                                name = "CheckReport", type = SchemaType.OBJECT,
                                description = "pd-gitops/check/v1: the outcome, validation errors and the plan",
                                properties = {
                                    @SchemaProperty(name = "format", type = SchemaType.STRING,
                                            enumeration = CheckJson.FORMAT),
                                    @SchemaProperty(name = "requested", type = SchemaType.STRING,
                                            description = "The ref or commit asked for"),
                                    @SchemaProperty(name = "commit", type = SchemaType.STRING, nullable = true,
                                            description = "The commit checked; null when it could not be fetched"),
                                    @SchemaProperty(name = "author", type = SchemaType.STRING),
                                    @SchemaProperty(name = "subject", type = SchemaType.STRING),
                                    @SchemaProperty(name = "outcome", type = SchemaType.STRING,
                                            enumeration = {"CHANGES", "NO_CHANGES", "REFUSED", "INVALID", "FAILED"}),
                                    @SchemaProperty(name = "valid", type = SchemaType.BOOLEAN),
                                    @SchemaProperty(name = "objects", type = SchemaType.INTEGER,
                                            description = "Objects the revision declares"),
                                    @SchemaProperty(name = "errors", type = SchemaType.ARRAY,
                                            description = "Validation errors: file, line, message"),
                                    @SchemaProperty(name = "summary", type = SchemaType.OBJECT, nullable = true,
                                            description = "Steps per action: create, update, delete, unchanged, "
                                                    + "ambiguous"),
                                    @SchemaProperty(name = "plan", type = SchemaType.OBJECT, nullable = true,
                                            description = "The whole plan, as pd-gitops plan --format json prints it")
                                })),
                        @Content(mediaType = DriftResource.MARKDOWN, schema = @Schema(type = SchemaType.STRING))
                    }),
            @APIResponse(responseCode = "400", description = "Not exactly one of ref and commit, or a malformed "
                    + "commit id", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED),
            @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN),
            @APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
    })
    public Response validate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Request.class))) Request request) {
        auth.requireWrite(authorization);
        CheckResult result = await(target(request));
        boolean markdown = accept != null && accept.contains(DriftResource.MARKDOWN);
        String body = markdown ? new CheckMarkdown(FileLinks.none()).render(result) : CheckJson.render(result);
        return Response.ok(body, markdown ? DriftResource.MARKDOWN + ";charset=UTF-8" : MediaType.APPLICATION_JSON)
                .build();
    }

    private static String target(Request request) {
        boolean hasRef = request != null && request.ref() != null && !request.ref().isBlank();
        boolean hasCommit = request != null && request.commit() != null && !request.commit().isBlank();
        if (hasRef == hasCommit) {
            throw ApiError.refuse(Response.Status.BAD_REQUEST, "give exactly one of 'ref' (a branch or refs/... "
                    + "name) and 'commit' (a full 40-character commit id)");
        }
        if (hasCommit && !COMMIT_ID.matcher(request.commit().strip()).matches()) {
            throw ApiError.refuse(Response.Status.BAD_REQUEST, "'commit' must be a full 40-character lower-case "
                    + "commit id");
        }
        return hasCommit ? request.commit().strip() : RevisionCheck.fetchable(request.ref());
    }

    private CheckResult await(String target) {
        try {
            return sync.requestCheck(target).get(config.review().timeoutSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiError.refuse(Response.Status.SERVICE_UNAVAILABLE, "interrupted while checking");
        } catch (ExecutionException | TimeoutException e) {
            throw ApiError.refuse(Response.Status.SERVICE_UNAVAILABLE, "the check did not finish: " + e);
        }
    }
}
