package io.pdgitops.pagerduty;

import io.pdgitops.build.Version;
import io.pdgitops.http.retry.Backoff;
import io.pdgitops.http.retry.Sleeper;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;

/**
 * The PagerDuty REST API v2, one object per resource. Plain Java: the CLI builds it without Quarkus. Thread-safe;
 * all calls on one token share that token's {@link RateLimiter}.
 *
 * <pre>{@code
 * PagerDutyClient pagerDuty = PagerDutyClient.create(PagerDutyClientConfig.builder(token).region(EU).build());
 * List<Service> services = pagerDuty.services().list();
 * }</pre>
 */
public final class PagerDutyClient {

    private final PagerDutyClientConfig config;
    private final Entities entities;

    private PagerDutyClient(PagerDutyClientConfig config, PagerDutyHttp http) {
        this.config = config;
        this.entities = new Entities(http);
    }

    public static PagerDutyClient create(PagerDutyClientConfig config) {
        return builder(config).build();
    }

    public static Builder builder(PagerDutyClientConfig config) {
        return new Builder(config);
    }

    public ServicesApi services() {
        return new ServicesApi(entities);
    }

    public IntegrationsApi integrations() {
        return new IntegrationsApi(entities);
    }

    public EscalationPoliciesApi escalationPolicies() {
        return new EscalationPoliciesApi(entities);
    }

    public SchedulesApi schedules() {
        return new SchedulesApi(entities);
    }

    public TeamsApi teams() {
        return new TeamsApi(entities);
    }

    public MaintenanceWindowsApi maintenanceWindows() {
        return new MaintenanceWindowsApi(entities);
    }

    public UsersApi users() {
        return new UsersApi(entities);
    }

    public VendorsApi vendors() {
        return new VendorsApi(entities);
    }

    public BusinessServicesApi businessServices() {
        return new BusinessServicesApi(entities);
    }

    public ServiceDependenciesApi serviceDependencies() {
        return new ServiceDependenciesApi(entities);
    }

    public EventOrchestrationsApi eventOrchestrations() {
        return new EventOrchestrationsApi(entities);
    }

    public WebhookSubscriptionsApi webhookSubscriptions() {
        return new WebhookSubscriptionsApi(entities);
    }

    public OAuthClientsApi oauthClients() {
        return new OAuthClientsApi(entities);
    }

    public TagsApi tags() {
        return new TagsApi(entities);
    }

    public AuditApi audit() {
        return new AuditApi(entities);
    }

    /** The account's abilities (e.g. {@code teams}, {@code urgencies}): what its plan allows. */
    public List<String> abilities() {
        return entities.getList(ApiPath.of("/abilities"), Query.none(), "abilities", String.class);
    }

    @Override
    public String toString() {
        return "PagerDutyClient[" + config.baseUrl() + "]";
    }

    /** The defaults are right for production; tests replace the clock, the sleeper and the randomness. */
    public static final class Builder {
        private final PagerDutyClientConfig config;
        private ApiCallListener listener = ApiCallListener.NONE;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Ticker ticker = Ticker.SYSTEM;
        // java.util.Random is safe to share between threads, unlike most RandomGenerator implementations.
        private RandomGenerator random = new Random();
        private RateLimiter rateLimiter;
        private OkHttpClient httpClient = new OkHttpClient();

        private Builder(PagerDutyClientConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        public Builder listener(ApiCallListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Waits for backoff and rate-limit resets (the rate limiter has its own, see {@link #rateLimiter}). */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** Measures call durations. */
        public Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        /** The source of backoff jitter. */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** By default the process-wide limiter of the config's token ({@link RateLimiters#forToken}). */
        public Builder rateLimiter(RateLimiter rateLimiter) {
            this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
            return this;
        }

        /**
         * The OkHttp client to derive from: its interceptors, connection pool and dispatcher are kept, its timeouts
         * and retry setting are replaced by the config's. Tests use it to answer from the in-process sandbox or to
         * record every exchange.
         */
        public Builder httpClient(OkHttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        public PagerDutyClient build() {
            RateLimiter limiter = rateLimiter != null
                    ? rateLimiter
                    : RateLimiters.forToken(config.token(), config.requestsPerMinute());
            Backoff backoff = new Backoff(config.backoffBase(), config.backoffCap(), random);
            PagerDutyHttp http = new PagerDutyHttp(config, httpClient, PagerDutyJson.mapper(), limiter, sleeper,
                    ticker, backoff, listener, "pd-gitops/" + Version.current());
            return new PagerDutyClient(config, http);
        }
    }
}
