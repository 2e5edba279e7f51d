package io.pdgitops.service.quarkus;

import io.pdgitops.http.retry.Sleeper;
import io.pdgitops.pagerduty.ApiCall;
import io.pdgitops.pagerduty.ApiCallListener;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyClientConfig;
import io.pdgitops.pagerduty.PagerDutyEnvironment;
import io.pdgitops.pagerduty.RateLimiter;
import io.pdgitops.pagerduty.RateLimiters;
import io.pdgitops.pagerduty.Ticker;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.service.PagerDutyReachability;
import io.pdgitops.service.RequestsShare;
import io.pdgitops.sandbox.SandboxInterceptor;
import io.pdgitops.sandbox.quarkus.SandboxRoute;
import io.pdgitops.sandbox.quarkus.SandboxSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * The PagerDuty the service writes to: the real one when a token is configured, otherwise the very sandbox served
 * under {@code /sandbox}, called in-process, so that what a sync did can be looked at with {@code curl}.
 */
@ApplicationScoped
public class PagerDutyConnection {

    private static final Logger LOG = Logger.getLogger(PagerDutyConnection.class);
    private static final String SANDBOX_TOKEN = "pd-gitops-service";
    private static final List<String> SETTINGS = List.of(PagerDutyEnvironment.TOKEN, PagerDutyEnvironment.REGION,
            PagerDutyEnvironment.URL, PagerDutyEnvironment.FROM, PagerDutyEnvironment.REQUESTS_PER_MINUTE,
            PagerDutyEnvironment.MAX_RETRIES);

    @Inject
    Config config;

    @Inject
    SandboxRoute sandboxRoute;

    @Inject
    SandboxSettings sandboxSettings;

    @Inject
    ServiceMetrics metrics;

    @Inject
    StateStoreFactory stores;

    @Inject
    ServiceConfig serviceConfig;

    private PagerDutyClient client;
    private PagerDutyClient requestsClient;
    private RateLimiter requestsLane;
    private String description;
    private volatile Optional<String> lastProblem = Optional.of("not contacted yet");

    /** The client of syncs and scheduled checks: the token's whole rate, less what requests take. */
    public synchronized PagerDutyClient client() {
        connect();
        return client;
    }

    /**
     * The client of work asked for over HTTP (drift checks on demand, checks of other revisions): the same token and
     * limiter, through a lane of {@code pd-gitops.on-demand.pagerduty-requests-per-minute}, so that requests never
     * take more than that and the rest of the rate stays for syncs.
     */
    public synchronized PagerDutyClient requestsClient() {
        connect();
        return requestsClient;
    }

    /** The lane the requests client is paced by; callers look at it to refuse work that would only queue. */
    public synchronized RateLimiter requestsLane() {
        connect();
        return requestsLane;
    }

    private void connect() {
        if (client != null) {
            return;
        }
        ApiCallListener listener = ApiCallListener.all(metrics::onApiCall, this::remember);
        Optional<Sandbox> sandbox = sandboxRoute.sandbox();
        Optional<PagerDutyClientConfig> real = PagerDutyEnvironment.read(settings());
        PagerDutyClientConfig target;
        OkHttpClient http;
        if (real.isPresent() && sandbox.isEmpty()) {
            target = real.get();
            http = LeaderOnlyWrites.around(new OkHttpClient(), stores.leadership());
            description = "PagerDuty (" + target.baseUrl() + ")";
        } else {
            Sandbox served = sandbox.orElseThrow(() -> new IllegalStateException(
                    "no PagerDuty token is configured and the sandbox is off"));
            target = sandboxClientConfig();
            http = LeaderOnlyWrites.around(SandboxInterceptor.inProcessClient(served), stores.leadership());
            description = "the built-in PagerDuty sandbox";
            LOG.warn("SYNCING INTO THE BUILT-IN PAGERDUTY SANDBOX: nothing real is changed. See what a sync did "
                    + "with: curl -H 'Authorization: Token token=any' <host>:<port>/sandbox/services");
        }
        RateLimiter shared = RateLimiters.forToken(target.token(), target.requestsPerMinute());
        requestsLane = RateLimiter.lane(shared, RequestsShare.of(
                serviceConfig.onDemand().pagerdutyRequestsPerMinute(), target.requestsPerMinute()),
                Ticker.SYSTEM, Sleeper.SYSTEM);
        client = PagerDutyClient.builder(target).listener(listener).httpClient(http).rateLimiter(shared).build();
        requestsClient = PagerDutyClient.builder(target).listener(listener).httpClient(http)
                .rateLimiter(requestsLane).build();
    }

    public synchronized String description() {
        connect();
        return description;
    }

    /** Why PagerDuty is not known to be reachable, if it is not. */
    public Optional<String> lastProblem() {
        return lastProblem;
    }

    private void remember(ApiCall call) {
        lastProblem = PagerDutyReachability.problemAfter(call);
    }

    private PagerDutyClientConfig sandboxClientConfig() {
        String token = sandboxSettings.permissive() ? SANDBOX_TOKEN
                : sandboxSettings.tokens().flatMap(tokens -> tokens.stream().findFirst()).orElse(SANDBOX_TOKEN);
        return PagerDutyClientConfig.builder(token)
                .baseUrl("http://sandbox.invalid")
                .requestsPerMinute(sandboxSettings.rateLimitPerMinute())
                .build();
    }

    /** {@code pagerduty.*} from any config source, under the environment names the client reads. */
    private Map<String, String> settings() {
        Map<String, String> values = new HashMap<>();
        for (String name : SETTINGS) {
            String property = name.toLowerCase(Locale.ROOT).replace("pagerduty_", "pagerduty.").replace('_', '-');
            config.getOptionalValue(property, String.class).ifPresent(value -> values.put(name, value));
        }
        return values;
    }
}
