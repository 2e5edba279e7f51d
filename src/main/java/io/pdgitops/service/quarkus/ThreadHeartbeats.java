package io.pdgitops.service.quarkus;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import io.pdgitops.service.Heartbeats;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes every HTTP event loop and the scheduler beat at
 * {@code pd-gitops.health.heartbeat-interval}. A loop that died or is blocked, or a scheduler that stopped firing,
 * falls silent; past {@code pd-gitops.health.max-silence} liveness fails. A beat runs on the thread it speaks for,
 * which is the point: a timer on another thread would keep beating for a dead one.
 */
@ApplicationScoped
public class ThreadHeartbeats {

    static final String SCHEDULER = "scheduler";

    @Inject
    ServiceConfig config;

    private final Clock clock = Clock.systemUTC();
    private final List<ScheduledFuture<?>> timers = new ArrayList<>();
    private volatile Heartbeats heartbeats;

    void start(@Observes StartupEvent event, Vertx vertx) {
        heartbeats = new Heartbeats(config.health().maxSilence());
        heartbeats.beat(SCHEDULER, clock.instant());
        watch(vertx.nettyEventLoopGroup());
    }

    private void watch(Iterable<EventExecutor> loops) {
        long every = config.health().heartbeatInterval().toMillis();
        int index = 0;
        for (EventExecutor loop : loops) {
            String name = "event loop " + index++;
            heartbeats.beat(name, clock.instant());
            synchronized (timers) {
                timers.add(loop.scheduleAtFixedRate(() -> heartbeats.beat(name, clock.instant()), every, every,
                        TimeUnit.MILLISECONDS));
            }
        }
    }

    @Scheduled(every = "${pd-gitops.health.heartbeat-interval}", identity = "pd-gitops-heartbeat")
    void schedulerBeat() {
        Heartbeats current = heartbeats;
        if (current != null) {
            current.beat(SCHEDULER, clock.instant());
        }
    }

    /** The threads silent for longer than allowed, with how long; empty before start-up. */
    public List<String> silent() {
        Heartbeats current = heartbeats;
        return current == null ? List.of() : current.silent(clock.instant());
    }

    void stop(@Observes ShutdownEvent event) {
        synchronized (timers) {
            timers.forEach(timer -> timer.cancel(false));
            timers.clear();
        }
    }
}
