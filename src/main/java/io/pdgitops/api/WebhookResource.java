package io.pdgitops.api;

import io.pdgitops.review.ChangeReporter;
import io.pdgitops.service.quarkus.ChangeChecks;
import io.pdgitops.service.quarkus.SyncService;
import io.pdgitops.service.quarkus.WebhookGate;
import io.pdgitops.state.SyncTrigger;
import io.pdgitops.webhook.GitProvider;
import io.pdgitops.webhook.WebhookDecision;
import io.pdgitops.webhook.WebhookHeaders;
import io.pdgitops.webhook.WebhookOutcome;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

@Path("/api/v1/webhooks/{provider}")
@Tag(name = "webhooks")
public class WebhookResource {

    private static final Logger LOG = Logger.getLogger(WebhookResource.class);

    /** What the service made of a delivery, for the host's delivery log. */
    public record Answer(String decision, String revision, String reason) {
    }

    @Inject
    WebhookGate gate;

    @Inject
    SyncService sync;

    @Inject
    ChangeChecks checks;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveWebhook", summary = "Receive a GitHub, GitLab or Gitea webhook",
            description = "Checks size (413), sender and signature (401), then syncs on a push to the tracked branch "
                    + "(202) and checks pull and merge requests into it (202), reporting a commit status and one "
                    + "comment. Other events are answered 202 with the reason they are ignored.")
    // Deliveries prove themselves with the host's signature or token, checked against the configured secret.
    @SecurityRequirementsSet
    @APIResponses({
            @APIResponse(responseCode = "202", description = "Accepted: a sync, a check of the change, or the "
                    + "reason the event is ignored", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Answer.class))),
            @APIResponse(responseCode = "400", description = "No event header, a delivery from another host, or "
                    + "a body that cannot be read", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "401", description = "Wrong or missing signature or token",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "404", description = "Unknown provider, or its webhooks are not configured",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiError.class))),
            @APIResponse(responseCode = "413", description = "The delivery is larger than the limit",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiError.class)))
    })
    public Response receive(
            @Parameter(description = "The Git host", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"github", "gitlab", "gitea"})) @PathParam("provider") String provider,
            @Context HttpHeaders headers,
            @RequestBody(description = "The delivery as the host sends it (JSON, or form-encoded from GitHub)",
                    content = {
                        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
                        @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                                schema = @Schema(type = SchemaType.OBJECT))
                    }) byte[] body) {
        GitProvider endpoint = GitProvider.fromPathName(provider)
                .orElseThrow(() -> ApiError.refuse(Response.Status.NOT_FOUND, "unknown webhook provider '"
                        + provider + "': use github, gitlab or gitea"));
        WebhookOutcome outcome = gate.intake().receive(endpoint, WebhookHeaders.ofMulti(headers.getRequestHeaders()),
                body == null ? new byte[0] : body);
        if (outcome instanceof WebhookOutcome.Refused refused) {
            LOG.warn("Refused a " + provider + " webhook delivery: " + refused.reason());
            return Response.status(refused.httpStatus()).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError(refused.reason())).build();
        }
        WebhookDecision decision = ((WebhookOutcome.Handled) outcome).decision();
        Answer answer;
        if (decision instanceof WebhookDecision.Sync push) {
            sync.requestSync(SyncTrigger.PUSH_WEBHOOK);
            answer = new Answer("sync", push.revision(), "push to the tracked branch");
        } else if (decision instanceof WebhookDecision.CheckChange change) {
            answer = checks.start(change).map(reason -> new Answer("ignored", change.headSha(), reason))
                    .orElseGet(() -> new Answer("check", change.headSha(), ChangeReporter.describe(change)
                            + ": validating and planning; the result is reported to the " + change.provider()
                            .pathName() + " " + (change.provider() == GitProvider.GITLAB ? "merge" : "pull")
                            + " request"));
        } else {
            answer = new Answer("ignored", null, ((WebhookDecision.Ignore) decision).reason());
            LOG.info("Ignored a " + provider + " webhook delivery: " + answer.reason());
        }
        return Response.accepted(answer).type(MediaType.APPLICATION_JSON).build();
    }
}
