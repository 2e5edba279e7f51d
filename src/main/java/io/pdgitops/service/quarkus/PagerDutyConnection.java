package io.pdgitops.service.quarkus;

import io.pdgitops.pagerduty.ApiCall;
import io.pdgitops.pagerduty.ApiCallListener;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyClientConfig;
import io.pdgitops.pagerduty.PagerDutyEnvironment;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.service.PagerDutyReachability;
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

    private PagerDutyClient client;
    private String description;
    private volatile Optional<String> lastProblem = Optional.of("not contacted yet");

    public synchronized PagerDutyClient client() {
        if (client == null) {
            ApiCallListener listener = ApiCallListener.all(metrics::onApiCall, this::remember);
            Optional<Sandbox> sandbox = sandboxRoute.sandbox();
            Optional<PagerDutyClientConfig> real = PagerDutyEnvironment.read(settings());
            if (real.isPresent() && sandbox.isEmpty()) {
                client = PagerDutyClient.builder(real.get()).listener(listener)
                        .httpClient(LeaderOnlyWrites.around(new OkHttpClient(), stores.leadership())).build();
                description = "PagerDuty (" + real.get().baseUrl() + ")";
            } else {
                Sandbox served = sandbox.orElseThrow(() -> new IllegalStateException(
                        "no PagerDuty token is configured and the sandbox is off"));
                client = PagerDutyClient.builder(sandboxClientConfig()).listener(listener)
                        .httpClient(LeaderOnlyWrites.around(SandboxInterceptor.inProcessClient(served), stores.leadership()))
                        .build();
                description = "the built-in PagerDuty sandbox";
                LOG.warn("SYNCING INTO THE BUILT-IN PAGERDUTY SANDBOX: nothing real is changed. See what a sync did "
                        + "with: curl -H 'Authorization: Token token=any' <host>:<port>/sandbox/services");
            }
        }
        return client;
    }

    public synchronized String description() {
        client();
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
