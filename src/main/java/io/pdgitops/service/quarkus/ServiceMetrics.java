package io.pdgitops.service.quarkus;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pdgitops.pagerduty.ApiCall;
import io.pdgitops.state.SyncOutcome;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * What {@code /q/metrics} shows about syncs, drift and PagerDuty calls. Created at start rather than at first use,
 * so that the gauges and counters are scraped, at zero, before the first sync: alerts then see a value, not a gap.
 */
@Startup
@ApplicationScoped
public class ServiceMetrics {

    /**
     * Bucket bounds of the sync duration histogram: a sync without changes takes about a second, one that creates a
     * large account minutes, so the buckets span both with room for PagerDuty's rate limit.
     */
    public static final List<Duration> SYNC_DURATION_BUCKETS = Stream.of(1, 2, 5, 10, 30, 60, 120, 300, 600, 1800)
            .map(Duration::ofSeconds).toList();

    private final MeterRegistry registry;
    private final AtomicLong driftedObjects;
    private final AtomicLong onCallDriftedSchedules;
    private final Timer syncDuration;
    private final Counter rateLimited;
    private final Map<SyncOutcome, Counter> syncs = new EnumMap<>(SyncOutcome.class);

    @Inject
    public ServiceMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.driftedObjects = new AtomicLong();
        Gauge.builder("pd_gitops_drifted_objects", driftedObjects, AtomicLong::doubleValue)
                .description("Objects whose PagerDuty state differs from Git at the last drift check")
                .register(registry);
        this.syncDuration = Timer.builder("pd_gitops_sync_duration").description("Time of one sync")
                .serviceLevelObjectives(SYNC_DURATION_BUCKETS.toArray(Duration[]::new))
                .minimumExpectedValue(SYNC_DURATION_BUCKETS.get(0))
                .maximumExpectedValue(SYNC_DURATION_BUCKETS.get(SYNC_DURATION_BUCKETS.size() - 1))
                .register(registry);
        this.onCallDriftedSchedules = new AtomicLong();
        Gauge.builder("pd_gitops_oncall_drifted_schedules", onCallDriftedSchedules, AtomicLong::doubleValue)
                .description("Schedules whose PagerDuty final schedule pages someone other than Git says, at the last "
                        + "drift check")
                .register(registry);
        this.rateLimited = Counter.builder("pd_gitops_pagerduty_rate_limited")
                .description("PagerDuty answers with HTTP 429").register(registry);
        // Every outcome at zero from the start, so that a rate of failed syncs is 0 rather than absent.
        for (SyncOutcome outcome : SyncOutcome.values()) {
            syncs.put(outcome, Counter.builder("pd_gitops_syncs").description("Syncs ended, by outcome")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry));
        }
    }

    public void onSync(SyncOutcome outcome, Duration took) {
        syncs.get(outcome).increment();
        syncDuration.record(took);
    }

    /** @param onCallDrifted schedules whose rendered on-call timeline differs from Git's, fields aside */
    public void onDrift(long drifted, long onCallDrifted) {
        driftedObjects.set(drifted);
        onCallDriftedSchedules.set(onCallDrifted);
    }

    public void onApiCall(ApiCall call) {
        Counter.builder("pd_gitops_pagerduty_calls").description("Calls to the PagerDuty API, by method and status")
                .tag("method", call.method()).tag("status", Integer.toString(call.status())).register(registry)
                .increment();
        if (call.rateLimited()) {
            rateLimited.increment();
        }
    }
}
