package io.pdgitops.service;

import io.pdgitops.check.DriftSnapshot;
import io.pdgitops.state.SyncTrigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs syncs and drift checks one at a time on one executor. Requests that arrive while work runs collapse: any
 * number of sync requests become one follow-up sync, any number of drift requests one check whose result they all
 * get. A poll only looks for new commits, so any other trigger takes its place in the queued slot. Checks of other
 * revisions (pull requests, the validate endpoint) run on the same executor, each once, in the order asked, so that
 * they never read the Git copy or PagerDuty while a sync writes.
 */
public final class SyncQueue {

    private final Executor executor;
    private final Consumer<SyncTrigger> sync;
    private final Function<DriftOrigin, DriftSnapshot> driftCheck;
    private final Object lock = new Object();
    private final List<CompletableFuture<DriftSnapshot>> driftWaiters = new ArrayList<>();
    /** Whether a waiter of the next drift check is the schedule, which then pays for the whole check. */
    private boolean scheduledDriftAsked;
    private final List<Runnable> checks = new ArrayList<>();
    private SyncTrigger pendingSync;
    private boolean draining;
    private volatile String fatal;

    /** {@code sync} records its own failures; one that escapes is dropped so that later requests still run. */
    public SyncQueue(Executor executor, Consumer<SyncTrigger> sync, Function<DriftOrigin, DriftSnapshot> driftCheck) {
        this.executor = executor;
        this.sync = sync;
        this.driftCheck = driftCheck;
    }

    public void requestSync(SyncTrigger trigger) {
        synchronized (lock) {
            if (pendingSync == null || pendingSync == SyncTrigger.POLL) {
                pendingSync = trigger;
            }
            drainLater();
        }
    }

    /**
     * Completes when a drift check that started after this call has run. Requests that share one check share its
     * origin too: {@link DriftOrigin#SCHEDULE} when any of them came from the schedule, else {@link DriftOrigin#REQUEST}.
     */
    public CompletableFuture<DriftSnapshot> requestDriftCheck(DriftOrigin origin) {
        CompletableFuture<DriftSnapshot> done = new CompletableFuture<>();
        synchronized (lock) {
            driftWaiters.add(done);
            scheduledDriftAsked |= origin == DriftOrigin.SCHEDULE;
            drainLater();
        }
        return done;
    }

    /** Runs {@code check} after the work already queued; completes with its result or what it threw. */
    public <T> CompletableFuture<T> requestCheck(Supplier<T> check) {
        CompletableFuture<T> done = new CompletableFuture<>();
        synchronized (lock) {
            checks.add(() -> {
                try {
                    done.complete(check.get());
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            });
            drainLater();
        }
        return done;
    }

    /**
     * The error (an {@link OutOfMemoryError}, a {@link StackOverflowError}) that escaped a run, if one did. The queue
     * still takes requests after it, but the process is no longer to be trusted: liveness reports it.
     */
    public Optional<String> fatalError() {
        return Optional.ofNullable(fatal);
    }

    private void drainLater() {
        if (!draining) {
            draining = true;
            executor.execute(this::drainGuarded);
        }
    }

    /** An error must not leave {@code draining} set, or no request would ever run again, silently. */
    private void drainGuarded() {
        try {
            drain();
        } catch (Error e) {
            synchronized (lock) {
                draining = false;
                if (pendingSync != null || !driftWaiters.isEmpty() || !checks.isEmpty()) {
                    drainLater();
                }
            }
            fatal = e.getClass().getName() + " in the sync worker";
            throw e;
        }
    }

    private void drain() {
        while (true) {
            SyncTrigger trigger;
            List<CompletableFuture<DriftSnapshot>> waiters;
            List<Runnable> queuedChecks;
            DriftOrigin origin;
            synchronized (lock) {
                trigger = pendingSync;
                pendingSync = null;
                waiters = List.copyOf(driftWaiters);
                driftWaiters.clear();
                origin = scheduledDriftAsked ? DriftOrigin.SCHEDULE : DriftOrigin.REQUEST;
                scheduledDriftAsked = false;
                queuedChecks = List.copyOf(checks);
                checks.clear();
                if (trigger == null && waiters.isEmpty() && queuedChecks.isEmpty()) {
                    draining = false;
                    return;
                }
            }
            if (trigger != null) {
                try {
                    sync.accept(trigger);
                } catch (RuntimeException e) {
                    // The sync records its own failures; the queue only has to keep serving.
                }
            }
            if (!waiters.isEmpty()) {
                try {
                    DriftSnapshot snapshot = driftCheck.apply(origin);
                    waiters.forEach(waiter -> waiter.complete(snapshot));
                } catch (RuntimeException e) {
                    waiters.forEach(waiter -> waiter.completeExceptionally(e));
                }
            }
            queuedChecks.forEach(Runnable::run);
        }
    }
}
