package io.pdgitops.sandbox.quarkus;

import io.pdgitops.sandbox.Faults;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxRequest;
import io.pdgitops.sandbox.SandboxResponse;
import io.pdgitops.sandbox.Seed;
import io.pdgitops.sandbox.SeedLoader;
import io.pdgitops.sandbox.TokenAccess;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Serves the sandbox inside the service: PagerDuty's paths under {@code /sandbox}, and the
 * administration endpoints under {@code /sandbox-admin}.
 */
@ApplicationScoped
public class SandboxRoute {

    static final String PREFIX = "/sandbox";
    private static final Logger LOG = Logger.getLogger(SandboxRoute.class);

    @Inject
    SandboxSettings settings;

    @Inject
    Instance<SandboxSeedSource> seedSources;

    @ConfigProperty(name = "pagerduty.token")
    Optional<String> pagerDutyToken;

    private volatile Sandbox sandbox;

    void install(@Observes Router router) {
        boolean noRealToken = pagerDutyToken.filter(token -> !token.isBlank()).isEmpty();
        if (!settings.enabled().orElse(noRealToken)) {
            return;
        }
        sandbox = new Sandbox(config(), seed());
        LOG.warn("PagerDuty sandbox in use: nothing real is changed. It serves PagerDuty's API under " + PREFIX
                + (noRealToken ? " because no PagerDuty token is configured" : ""));
        router.route(PREFIX + "/*").handler(BodyHandler.create()).blockingHandler(ctx -> serve(ctx, PREFIX), false);
        router.route("/sandbox-admin/*").handler(BodyHandler.create()).blockingHandler(ctx -> serve(ctx, ""), false);
    }

    /** The sandbox being served, if enabled. */
    public Optional<Sandbox> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    private void serve(RoutingContext ctx, String prefix) {
        String path = ctx.request().path().substring(prefix.length());
        Map<String, List<String>> query = new LinkedHashMap<>();
        ctx.queryParams().forEach(entry -> query.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        ctx.request().headers().forEach(entry -> headers.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        byte[] body = ctx.body() == null || ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
        SandboxResponse answer = sandbox.handle(new SandboxRequest(ctx.request().method().name(), path.isEmpty() ? "/" : path,
                query, headers, body));
        if (answer.dropConnection()) {
            ctx.request().connection().close();
            return;
        }
        ctx.response().setStatusCode(answer.status());
        answer.headers().forEach(ctx.response()::putHeader);
        ctx.response().end(Buffer.buffer(answer.body()));
    }

    private SandboxConfig config() {
        Map<String, TokenAccess> tokens = new HashMap<>();
        settings.tokens().orElse(List.of()).forEach(token -> tokens.put(token, TokenAccess.FULL));
        settings.readOnlyTokens().orElse(List.of()).forEach(token -> tokens.put(token, TokenAccess.READ_ONLY));
        SandboxSettings.FaultSettings f = settings.faults();
        Faults faults = new Faults(f.latencyMillis(), f.jitterMillis(), f.errorRate(), f.dropRate(), f.rateLimitBurst(),
                f.burstWithHeaders(), f.seed(), f.lostAnswerRate(), f.lostAnswerStatus());
        return new SandboxConfig(tokens, settings.permissive(), settings.rateLimitPerMinute(), faults,
                settings.snapshotFile().orElse(null), settings.apiUrl(), SandboxConfig.DEFAULT_WEB_URL,
                settings.auditTrail(), settings.dstHandOffs());
    }

    private Seed seed() {
        if (settings.seedFile().isEmpty()) {
            return seedSources.isResolvable() ? seedSources.get().seed().orElse(Seed.EMPTY) : Seed.EMPTY;
        }
        try {
            return SeedLoader.load(settings.seedFile().get());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sandbox seed file " + settings.seedFile().get(), e);
        }
    }
}
