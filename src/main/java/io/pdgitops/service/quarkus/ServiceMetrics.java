package io.pdgitops.service.quarkus;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pdgitops.pagerduty.ApiCall;
import io.pdgitops.state.SyncOutcome;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What {@code /q/metrics} shows about syncs, drift and PagerDuty calls. Created at start rather than at first use,
 * so that the gauges and counters are scraped, at zero, before the first sync: alerts then see a value, not a gap.
 */
@Startup
@ApplicationScoped
public class ServiceMetrics {

    private final MeterRegistry registry;
    private final AtomicLong driftedObjects;
    private final AtomicLong onCallDriftedSchedules;
    private final Timer syncDuration;
    private final Counter rateLimited;

    @Inject
    public ServiceMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.driftedObjects = registry.gauge("pd_gitops_drifted_objects", new AtomicLong());
        this.onCallDriftedSchedules = registry.gauge("pd_gitops_oncall_drifted_schedules", new AtomicLong());
        this.syncDuration = Timer.builder("pd_gitops_sync_duration").description("Time of one sync").register(registry);
        this.rateLimited = Counter.builder("pd_gitops_pagerduty_rate_limited")
                .description("PagerDuty answers with HTTP 429").register(registry);
    }

    public void onSync(SyncOutcome outcome, Duration took) {
        registry.counter("pd_gitops_syncs", "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
        syncDuration.record(took);
    }

    /** @param onCallDrifted schedules whose rendered on-call timeline differs from Git's, fields aside */
    public void onDrift(long drifted, long onCallDrifted) {
        driftedObjects.set(drifted);
        onCallDriftedSchedules.set(onCallDrifted);
    }

    public void onApiCall(ApiCall call) {
        registry.counter("pd_gitops_pagerduty_calls", "method", call.method(), "status", Integer.toString(call.status()))
                .increment();
        if (call.rateLimited()) {
            rateLimited.increment();
        }
    }
}
