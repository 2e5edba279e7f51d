package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.DateTimeException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stateful, in-memory emulator of the slice of PagerDuty's REST API v2 that pd-gitops uses.
 * HTTP-agnostic: adapters turn their requests into {@link SandboxRequest}s. Thread-safe; requests
 * that touch the state are serialised by one lock.
 */
public final class Sandbox {

    /** Waits for injected latency; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    static final String ADMIN_PREFIX = "/sandbox-admin";
    private static final Pattern TOKEN = Pattern.compile("^Token token=(.+)$");
    private static final Pattern BEARER = Pattern.compile("^Bearer (.+)$");
    private static final Pattern VERSION = Pattern.compile("version=(\\d+)");
    private static final String JSON = "application/json";

    private final SandboxConfig config;
    private final Seed seed;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ReentrantLock lock = new ReentrantLock();
    private final SandboxState state = new SandboxState();
    private final Routes routes = new Routes();
    private final UsersResource users;
    private final TeamsResource teams;
    private final RequestBudget rateLimiter;
    private final FaultInjector faults;
    private final Stats stats = new Stats();
    private final SnapshotFile snapshot;
    private final AdminEndpoints admin;
    private final EventsEndpoint events = new EventsEndpoint();
    private final AuditTrail audit;
    private final WebhookSubscriptionsResource webhookSubscriptions;

    public Sandbox(SandboxConfig config, Seed seed) {
        this(config, seed, Clock.systemUTC(), Thread::sleep);
    }

    public Sandbox(SandboxConfig config, Seed seed, Clock clock, Sleeper sleeper) {
        this.config = config;
        this.seed = seed;
        this.clock = clock;
        this.sleeper = sleeper;
        Links links = new Links(config.apiUrl(), config.webUrl());
        Context context = new Context(state, new Refs(state, links), links, clock, config.dstHandOffs());
        this.users = new UsersResource(context);
        this.teams = new TeamsResource(context);
        VendorsResource vendors = new VendorsResource(links);
        IntegrationsResource integrations = new IntegrationsResource(context, vendors);
        OverridesResource overrides = new OverridesResource(context);
        users.register(routes);
        teams.register(routes);
        overrides.register(routes);
        new SchedulesResource(context, overrides, users).register(routes);
        new EscalationPoliciesResource(context).register(routes);
        new ServicesResource(context, integrations).register(routes);
        integrations.register(routes);
        new MaintenanceWindowsResource(context).register(routes);
        new TagsResource(context).register(routes);
        new BusinessServicesResource(context).register(routes);
        new ServiceDependenciesResource(context).register(routes);
        new EventOrchestrationsResource(context).register(routes);
        this.webhookSubscriptions = new WebhookSubscriptionsResource(context);
        webhookSubscriptions.register(routes);
        new OnCallsResource(context, overrides).register(routes);
        vendors.register(routes);
        new AbilitiesResource().register(routes);
        this.audit = new AuditTrail(context, config.auditTrail());
        audit.register(routes);
        this.rateLimiter = new RequestBudget(config.rateLimitPerMinute(), clock);
        this.faults = new FaultInjector(config.faults());
        this.snapshot = config.snapshot() == null ? null : new SnapshotFile(config.snapshot());
        this.admin = new AdminEndpoints(this);
        Optional<JsonNode> saved = snapshot == null ? Optional.empty() : snapshot.read();
        if (saved.isPresent()) {
            try {
                state.replaceWith(SandboxState.fromJson(saved.get()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("The sandbox snapshot " + config.snapshot()
                        + " does not hold a sandbox state (" + e.getMessage() + "); move it away to start from the seed", e);
            }
        } else {
            applySeed();
        }
    }

    public SandboxResponse handle(SandboxRequest request) {
        if (request.path().equals(ADMIN_PREFIX) || request.path().startsWith(ADMIN_PREFIX + "/")) {
            return mayAdminister(request) ? admin.handle(request) : error(PagerDutyError.unauthorized(),
                    rateLimiter.untouched());
        }
        if (request.path().equals(EventsEndpoint.PATH)) {
            // The Events API is reached by routing key, not by API token.
            return events.enqueue(request);
        }
        String statsKey = routes.match(request.method(), request.path())
                .map(matched -> matched.route().template()).orElse(request.path());
        SandboxResponse response = answer(request);
        stats.record(statsKey, request.isRead(), response.status(), response.dropConnection());
        return response;
    }

    /** Every route served, for checks against PagerDuty's published API. */
    public List<String> servedRoutes() {
        return routes.all().stream().map(route -> route.method() + " " + route.template()).toList();
    }

    private SandboxResponse answer(SandboxRequest request) {
        FaultInjector.Decision fault = faults.next();
        if (fault.delayMillis() > 0) {
            try {
                sleeper.sleep(fault.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return SandboxResponse.dropped();
            }
        }
        switch (fault.outcome()) {
            case DROP:
                return SandboxResponse.dropped();
            case SERVER_ERROR:
                return error(new PagerDutyError(500, 2000, "Internal Server Error", List.of()), rateLimiter.untouched());
            case RATE_LIMITED:
                return fault.withHeaders()
                        ? error(PagerDutyError.rateLimited(), new RequestBudget.Verdict(false, config.rateLimitPerMinute(), 0, 60))
                        : new SandboxResponse(429, Map.of(), new byte[0], false);
            default:
                break;
        }
        Optional<String> token = token(request);
        TokenAccess access = token.flatMap(this::access).orElse(null);
        if (access == null) {
            return error(PagerDutyError.unauthorized(), rateLimiter.untouched());
        }
        RequestBudget.Verdict verdict = rateLimiter.acquire(token.get());
        if (!verdict.allowed()) {
            return error(PagerDutyError.rateLimited(), verdict);
        }
        try {
            checkVersion(request);
            Routes.Matched matched = routes.match(request.method(), request.path()).orElseThrow(PagerDutyError::notFound);
            if (matched.route().isWrite() && access == TokenAccess.READ_ONLY) {
                throw PagerDutyError.forbidden();
            }
            RouteReply reply = run(matched, request);
            if (matched.route().isWrite() && faults.loseAnswer()) {
                // The write is done and kept; only its answer goes missing, as when a connection breaks on the way back.
                stats.answerLost(matched.route().template());
                int status = faults.faults().lostAnswerStatus();
                return status == 0 ? SandboxResponse.dropped()
                        : error(new PagerDutyError(status, 2000, "Internal Server Error", List.of()), verdict);
            }
            Map<String, String> headers = rateHeaders(verdict);
            if (reply.body() == null) {
                return new SandboxResponse(reply.status(), headers, new byte[0], false);
            }
            headers.put("Content-Type", JSON);
            return new SandboxResponse(reply.status(), headers, Json.bytes(reply.body()), false);
        } catch (PagerDutyError error) {
            return error(error, verdict);
        }
    }

    private RouteReply run(Routes.Matched matched, SandboxRequest request) {
        lock.lock();
        try {
            boolean write = matched.route().isWrite();
            if (write) {
                state.begin();
            }
            try {
                Call call = new Call(request, matched.params());
                RouteReply reply = matched.route().handler().apply(call);
                state.commit();
                if (write) {
                    audit.wrote(matched.route(), call, reply, clock.instant());
                }
                if (write && snapshot != null) {
                    snapshot.write(state.toJson());
                }
                return reply;
            } catch (RuntimeException error) {
                // A failed write leaves nothing behind, like a rolled-back transaction.
                state.rollBack();
                throw asApiError(error);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Input the checks missed still gets a 400; anything else is the sandbox's own fault, a 500. The 400
     * carries a PagerDuty-style error, never the exception's text: that text is the project's own renderer
     * speaking, which PagerDuty would never send and which clients must not learn to depend on.
     */
    private static PagerDutyError asApiError(RuntimeException error) {
        if (error instanceof PagerDutyError api) {
            return api;
        }
        if (error instanceof IllegalArgumentException || error instanceof DateTimeException) {
            return PagerDutyError.invalid("A value in the request is out of the range PagerDuty accepts.");
        }
        return new PagerDutyError(500, 2000, "Internal Server Error", List.of(error.getClass().getSimpleName()));
    }

    private Optional<String> token(SandboxRequest request) {
        String header = request.header("Authorization").orElse("").trim();
        for (Pattern pattern : List.of(TOKEN, BEARER)) {
            Matcher matcher = pattern.matcher(header);
            if (matcher.matches() && !matcher.group(1).isBlank()) {
                return Optional.of(matcher.group(1).trim());
            }
        }
        return Optional.empty();
    }

    /**
     * Resetting the sandbox or injecting faults takes a full-access token: a configured one when tokens are
     * configured, otherwise any token of a permissive sandbox, as for its API.
     */
    private boolean mayAdminister(SandboxRequest request) {
        Optional<String> token = token(request);
        if (token.isEmpty()) {
            return false;
        }
        return config.tokens().isEmpty() ? config.permissive() : config.tokens().get(token.get()) == TokenAccess.FULL;
    }

    private Optional<TokenAccess> access(String token) {
        TokenAccess known = config.tokens().get(token);
        if (known != null) {
            return Optional.of(known);
        }
        return config.permissive() ? Optional.of(TokenAccess.FULL) : Optional.empty();
    }

    /** An Accept header that pins a version other than 2 asks for an API the sandbox does not have. */
    private static void checkVersion(SandboxRequest request) {
        String accept = request.header("Accept").orElse("");
        Matcher version = VERSION.matcher(accept);
        if (accept.contains("vnd.pagerduty+json") && version.find() && !version.group(1).equals("2")) {
            throw PagerDutyError.invalid("Unsupported API version " + version.group(1) + "; this API is version 2");
        }
    }

    private static Map<String, String> rateHeaders(RequestBudget.Verdict verdict) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ratelimit-limit", Integer.toString(verdict.limit()));
        headers.put("ratelimit-remaining", Integer.toString(Math.max(0, verdict.remaining())));
        headers.put("ratelimit-reset", Long.toString(verdict.resetSeconds()));
        return headers;
    }

    private static SandboxResponse error(PagerDutyError error, RequestBudget.Verdict verdict) {
        ObjectNode inner = Json.object();
        inner.put("message", error.getMessage());
        inner.put("code", error.code());
        if (!error.errors().isEmpty() || error.status() == 400) {
            error.errors().forEach(inner.putArray("errors")::add);
        }
        Map<String, String> headers = rateHeaders(verdict);
        headers.put("Content-Type", JSON);
        return new SandboxResponse(error.status(), headers, Json.bytes(Json.wrap("error", inner)), false);
    }

    private void applySeed() {
        try {
            loadSeed();
        } catch (PagerDutyError error) {
            throw new IllegalArgumentException("The seed is invalid: " + String.join("; ", error.errors()), error);
        }
    }

    private void loadSeed() {
        Map<String, String> userIds = new LinkedHashMap<>();
        for (Seed.User user : seed.users()) {
            ObjectNode body = Json.object().put("name", user.name()).put("email", user.email())
                    .put("time_zone", user.timeZone()).put("role", user.role()).put("job_title", user.jobTitle());
            userIds.put(user.email().toLowerCase(Locale.ROOT), users.create(body).path("id").asText());
        }
        for (Seed.Team team : seed.teams()) {
            String teamId = teams.create(Json.object().put("name", team.name()).put("description", team.description()))
                    .path("id").asText();
            for (Seed.Member member : team.members()) {
                String userId = userIds.get(member.email().toLowerCase(Locale.ROOT));
                if (userId == null) {
                    throw new IllegalArgumentException("Seed team '" + team.name() + "' lists " + member.email()
                            + ", who is not among the seed users");
                }
                teams.putMember(teamId, userId, member.role());
            }
        }
    }

    // Administration, used by AdminEndpoints.

    Faults faults() {
        return faults.faults();
    }

    void configureFaults(Faults newFaults) {
        faults.configure(newFaults);
    }

    ObjectNode statsJson() {
        return stats.toJson();
    }

    ArrayNode eventsJson() {
        return events.events();
    }

    /** Back to the seed: objects, stats and rate-limit windows are dropped; ids are still never reused. */
    void reset() {
        lock.lock();
        try {
            state.replaceWith(new SandboxState());
            applySeed();
            stats.reset();
            rateLimiter.reset();
            events.clear();
            if (snapshot != null) {
                snapshot.write(state.toJson());
            }
        } finally {
            lock.unlock();
        }
    }

    /** Marks a webhook subscription as PagerDuty does after repeated failed deliveries; 404 when there is none. */
    ObjectNode disableWebhookSubscription(String id) {
        lock.lock();
        try {
            ObjectNode disabled = webhookSubscriptions.disable(id);
            if (snapshot != null) {
                snapshot.write(state.toJson());
            }
            return disabled;
        } finally {
            lock.unlock();
        }
    }

    /** The whole state, as written to a snapshot. */
    public JsonNode exportState() {
        lock.lock();
        try {
            return state.toJson();
        } finally {
            lock.unlock();
        }
    }
}
