package io.pdgitops.api;

import io.pdgitops.drift.render.DriftJsonRenderer;
import io.pdgitops.drift.render.DriftMarkdownRenderer;
import io.pdgitops.service.DriftSnapshot;
import io.pdgitops.service.quarkus.SyncService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    @GET
    @Produces({MediaType.APPLICATION_JSON, MARKDOWN})
    @Operation(summary = "Where PagerDuty differs from the last applied revision",
            description = "The newest periodic check; refresh=true checks now and needs 'Authorization: Bearer "
                    + "<api token>', as does the first request before any check ran, since a check reads the "
                    + "whole PagerDuty account. Accept: text/markdown gives Markdown.")
    public Response drift(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @QueryParam("refresh") String refreshParam) {
        auth.requireRead(authorization);
        boolean refresh = QueryValues.bool("refresh", refreshParam, false);
        if (refresh || sync.drift().isEmpty()) {
            // A check reads the whole account from PagerDuty; anonymous callers must not spend the sync's budget.
            auth.requireWrite(authorization);
        }
        DriftSnapshot snapshot = refresh || sync.drift().isEmpty() ? checkNow() : sync.drift().get();
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
            return sync.requestDriftCheck().get(REFRESH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiError.refuse(Response.Status.SERVICE_UNAVAILABLE, "interrupted while checking drift");
        } catch (ExecutionException | TimeoutException e) {
            throw ApiError.refuse(Response.Status.SERVICE_UNAVAILABLE, "the drift check did not finish: " + e);
        }
    }
}
