package io.pdgitops.dashboard;

import io.pdgitops.api.ApiAuth;
import io.pdgitops.check.DriftSnapshot;
import io.pdgitops.model.DesiredState;
import io.pdgitops.service.quarkus.CheckInterval;
import io.pdgitops.service.quarkus.PagerDutyConnection;
import io.pdgitops.service.quarkus.ServiceConfig;
import io.pdgitops.service.quarkus.SyncService;
import io.pdgitops.service.quarkus.TrackedGit;
import io.pdgitops.source.GitRemote;
import io.pdgitops.state.SyncState;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The dashboard's pages. Each reads what the service holds and renders it on the server, so the pages work without
 * JavaScript and never call PagerDuty. With {@code read-auth=token} a page asks for the API token once and keeps it
 * in an HTTP-only, same-site cookie; an {@code Authorization: Bearer} header works too. The pages are for people,
 * not part of the API, so the OpenAPI document leaves them out.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    static final String COOKIE = "pd_gitops_token";
    private static final int ON_CALL_DAYS = 14;

    @CheckedTemplate(basePath = "dashboard")
    static class Templates {
        static native TemplateInstance overview(OverviewPage page);

        static native TemplateInstance drift(DriftPage page);

        static native TemplateInstance oncall(OnCallPage page);

        static native TemplateInstance signin(String problem);

        static native TemplateInstance problem(String title, String message);
    }

    @Inject
    SyncService sync;

    @Inject
    TrackedGit git;

    @Inject
    PagerDutyConnection pagerDuty;

    @Inject
    ServiceConfig config;

    @Inject
    ApiAuth auth;

    Clock clock = Clock.systemUTC();

    @GET
    @Operation(hidden = true)
    public Response overview(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @CookieParam(COOKIE) String cookie) {
        return page(authorization, cookie, () -> {
            GitRemote remote = git.remote();
            SyncState state = sync.state();
            return Templates.overview(OverviewPage.of(new OverviewPage.Inputs(remote.displayUrl(), remote.branch(),
                    remote.subPath(), pagerDuty.description(), sync.phase().displayName(),
                    sync.lastError().orElse(null), state.lastAppliedRevision(), state.lastSeenRevision(),
                    sync.declaredObjects(), sync.replicaName(), sync.leader().orElse(null), state.history(),
                    sync.drift(), CheckInterval.parse(config.driftInterval()), links(remote),
                    Math.max(1, config.dashboard().historyRows()))));
        });
    }

    @GET
    @Path("drift")
    @Operation(hidden = true)
    public Response drift(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @CookieParam(COOKIE) String cookie) {
        return page(authorization, cookie, () -> Templates.drift(DriftPage.of(sync.drift())));
    }

    @GET
    @Path("on-call")
    @Operation(hidden = true)
    public Response onCall(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @CookieParam(COOKIE) String cookie, @QueryParam("tz") String tz) {
        ZoneId viewer;
        try {
            viewer = tz == null || tz.isBlank() ? ZoneId.of("UTC") : ZoneId.of(tz.strip());
        } catch (DateTimeException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML)
                    .entity(Templates.problem("Unknown time zone", "tz must be a time zone such as Asia/Tokyo or UTC.")
                            .render())
                    .build();
        }
        return page(authorization, cookie, () -> {
            Optional<DriftSnapshot> drift = sync.drift();
            Optional<DesiredState> settled = drift.flatMap(DriftSnapshot::settled);
            String revision = drift.map(DriftSnapshot::revision).orElse(null);
            return Templates.oncall(OnCallPage.of(settled, revision, sync.state().lastAppliedRevision(), clock.instant(),
                    viewer, ON_CALL_DAYS));
        });
    }

    @GET
    @Path("sign-in")
    @Operation(hidden = true)
    public Response signInForm() {
        return Response.ok(Templates.signin(null).render()).build();
    }

    @POST
    @Path("sign-in")
    @Operation(hidden = true)
    public Response signIn(@FormParam("token") String token) {
        String bearer = "Bearer " + (token == null ? "" : token.strip());
        if (!auth.readAllowed(bearer)) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .entity(Templates.signin("That is not the API token.").render()).build();
        }
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(token.strip()).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/")).cookie(cookie).build();
    }

    @POST
    @Path("sign-out")
    @Operation(hidden = true)
    public Response signOut() {
        NewCookie expired = new NewCookie.Builder(COOKIE).value("").path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(0).build();
        return Response.seeOther(URI.create("/sign-in")).cookie(expired).build();
    }

    private Response page(String authorization, String cookie, Supplier<TemplateInstance> page) {
        if (!config.dashboard().enabled()) {
            return Response.status(Response.Status.NOT_FOUND).entity(Templates.problem("Dashboard off",
                    "The dashboard is off (pd-gitops.dashboard.enabled=false); the API is at /api/v1.").render())
                    .build();
        }
        String bearer = authorization != null ? authorization : cookie == null ? null : "Bearer " + cookie;
        if (!auth.readAllowed(bearer)) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .entity(Templates.signin(cookie == null && authorization == null ? null
                            : "The token was not accepted; sign in again.").render())
                    .build();
        }
        return Response.ok(page.get().render()).header("Cache-Control", "no-store").build();
    }

    private SourceLinks links(GitRemote remote) {
        return SourceLinks.of(remote.displayUrl(), remote.subPath(), config.dashboard().fileLink());
    }
}
