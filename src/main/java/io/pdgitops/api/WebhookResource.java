package io.pdgitops.api;

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

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a GitHub, GitLab or Gitea webhook",
            description = "Checks size (413), sender and signature (401), then syncs on a push to the tracked branch "
                    + "(202). Other events are answered 202 with the reason they are ignored.")
    public Response receive(@PathParam("provider") String provider, @Context HttpHeaders headers, byte[] body) {
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
            answer = new Answer("ignored", change.headSha(),
                    "checks of pull and merge requests are not run by this version of the service");
        } else {
            answer = new Answer("ignored", null, ((WebhookDecision.Ignore) decision).reason());
        }
        return Response.accepted(answer).type(MediaType.APPLICATION_JSON).build();
    }
}
