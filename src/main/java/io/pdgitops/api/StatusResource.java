package io.pdgitops.api;

import io.pdgitops.check.DriftSnapshot;
import io.pdgitops.service.quarkus.PagerDutyConnection;
import io.pdgitops.service.quarkus.SyncService;
import io.pdgitops.service.quarkus.TrackedGit;
import io.pdgitops.source.GitRemote;
import io.pdgitops.state.StepResultStatus;
import io.pdgitops.state.SyncRecord;
import io.pdgitops.state.SyncState;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/status")
@Tag(name = "status")
public class StatusResource {

    @Inject
    SyncService sync;

    @Inject
    TrackedGit git;

    @Inject
    PagerDutyConnection pagerDuty;

    @Inject
    ApiAuth auth;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getStatus", summary = "Where the tracked branch and PagerDuty stand",
            description = "Phase (Synced, OutOfSync, Invalid, Failed, Syncing), revisions, the last error and counts.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDefinition.BEARER))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The phase, revisions, last sync and drift",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StatusView.class))),
            @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED),
            @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    })
    public StatusView status(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.requireRead(authorization);
        GitRemote remote = git.remote();
        SyncState state = sync.state();
        List<SyncRecord> history = state.history();
        Optional<SyncRecord> last = history.isEmpty() ? Optional.empty()
                : Optional.of(history.get(history.size() - 1));
        Optional<DriftSnapshot> drift = sync.drift().filter(d -> d.report().isPresent());
        return new StatusView(remote.displayUrl(), remote.branch(), remote.subPath(), pagerDuty.description(),
                sync.phase().displayName(), state.lastSeenRevision(), state.lastAppliedRevision(),
                last.map(SyncRecord::id).orElse(null), last.map(SyncRecord::finishedAt).orElse(null),
                sync.lastError().orElse(null), sync.declaredObjects(),
                last.map(r -> r.steps().size()).orElse(0),
                last.map(r -> (int) r.steps().stream().filter(s -> s.status() == StepResultStatus.FAILED).count()).orElse(0),
                drift.map(DriftSnapshot::hasDrift).orElse(null),
                drift.map(DriftSnapshot::checkedAt).orElse(null), sync.replicaName(), sync.leader().orElse(null));
    }
}
