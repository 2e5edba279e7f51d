package io.pdgitops.service.quarkus;

import io.pdgitops.check.CheckResult;
import io.pdgitops.check.DriftSnapshot;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.reconcile.Reconciler;
import io.pdgitops.service.DriftCheck;
import io.pdgitops.service.Phase;
import io.pdgitops.service.RevisionCheck;
import io.pdgitops.service.SyncQueue;
import io.pdgitops.service.SyncRun;
import io.pdgitops.state.StateStore;
import io.pdgitops.state.SyncOutcome;
import io.pdgitops.state.SyncRecord;
import io.pdgitops.state.SyncState;
import io.pdgitops.state.SyncTrigger;
import io.pdgitops.validate.Problem;
import io.pdgitops.validate.ProblemSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs syncs and drift checks one at a time on a single worker thread ({@link SyncQueue}). Requests that arrive
 * while one runs collapse into one follow-up, which applies the newest head; a head already synced is not synced
 * again for a poll or a push.
 */
@ApplicationScoped
public class SyncService {

    private static final Logger LOG = Logger.getLogger(SyncService.class);

    @Inject
    ServiceConfig config;

    @Inject
    TrackedGit git;

    @Inject
    PagerDutyConnection pagerDuty;

    @Inject
    ServiceMetrics metrics;

    private final Clock clock = Clock.systemUTC();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pd-gitops-sync");
        thread.setDaemon(true);
        return thread;
    });
    private StateStore store;
    private Optional<SyncRecord> interrupted = Optional.empty();
    private final SyncQueue queue = new SyncQueue(worker, this::syncSafely, this::runDriftCheck);
    private volatile boolean syncing;
    private volatile int declaredObjects;
    private volatile Optional<String> lastError = Optional.empty();
    private volatile DriftSnapshot drift;

    /** Before any trigger can reach the bean: a scheduled poll may fire before the startup event. */
    @PostConstruct
    void openState() {
        if (config.applyParallelism() < 1) {
            throw new IllegalStateException("pd-gitops.apply-parallelism must be at least 1, was "
                    + config.applyParallelism());
        }
        store = StateStore.open(config.dataDir(), config.historyLimit());
        store.loadResult().problem().ifPresent(problem -> LOG.warn("Starting with empty state and prune off: "
                + problem + " (set aside as " + store.loadResult().setAside().map(Object::toString).orElse("?") + ")"));
        List<SyncRecord> history = store.history();
        if (!history.isEmpty()) {
            lastError = problemsOf(history.get(history.size() - 1));
        }
        interrupted = store.closeInterruptedSync();
        interrupted.ifPresent(cut -> LOG.warn("The previous run stopped during a sync of " + cut.revision()
                + "; syncing again"));
    }

    void start(@Observes StartupEvent event) {
        LOG.info("Tracking " + git.remote() + "; PagerDuty target: " + pagerDuty.description());
        if (config.syncOnStart() || interrupted.isPresent()) {
            requestSync(SyncTrigger.STARTUP);
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Scheduled(every = "${pd-gitops.poll-interval}", identity = "pd-gitops-poll")
    void poll() {
        requestSync(SyncTrigger.POLL);
    }

    @Scheduled(every = "${pd-gitops.drift-interval}", identity = "pd-gitops-drift")
    void checkDrift() {
        requestDriftCheck();
    }

    /** Queues a sync of the branch head; a sync already queued absorbs it. */
    public void requestSync(SyncTrigger trigger) {
        queue.requestSync(trigger);
    }

    /** Queues a drift check; completes when it has run. */
    public CompletableFuture<DriftSnapshot> requestDriftCheck() {
        return queue.requestDriftCheck();
    }

    /** Queues a check of a ref or commit (see {@link RevisionCheck#fetchable}); nothing is applied. */
    public CompletableFuture<CheckResult> requestCheck(String refOrCommit) {
        return queue.requestCheck(() -> new RevisionCheck(git.source(), reconciler()).run(refOrCommit, store.state()));
    }

    /** Queues a check of exactly {@code commit}, fetched through {@code ref}. */
    public CompletableFuture<CheckResult> requestCheck(String ref, String commit) {
        return queue.requestCheck(() -> new RevisionCheck(git.source(), reconciler()).run(ref, commit, store.state()));
    }

    public SyncState state() {
        return store.state();
    }

    public List<SyncRecord> history() {
        return store.history();
    }

    public Optional<DriftSnapshot> drift() {
        return Optional.ofNullable(drift);
    }

    public Optional<String> lastError() {
        return lastError;
    }

    public int declaredObjects() {
        return declaredObjects;
    }

    public Phase phase() {
        if (syncing) {
            return Phase.SYNCING;
        }
        List<SyncRecord> history = store.history();
        if (history.isEmpty()) {
            return lastError.isPresent() ? Phase.FAILED : Phase.OUT_OF_SYNC;
        }
        SyncRecord last = history.get(history.size() - 1);
        Phase phase = Phase.after(last.outcome());
        DriftSnapshot seen = drift;
        boolean driftedSince = seen != null && seen.hasDrift() && seen.checkedAt().isAfter(last.finishedAt());
        return phase == Phase.SYNCED && driftedSince ? Phase.OUT_OF_SYNC : phase;
    }

    private void syncSafely(SyncTrigger trigger) {
        syncing = true;
        Instant started = clock.instant();
        try {
            String head = fetchHead(trigger);
            if (head == null || isAlreadyHandled(trigger, head)) {
                return;
            }
            SyncRun.Finished finished = new SyncRun(git.source(), store, reconciler(), clock).run(head, trigger);
            declaredObjects = finished.declaredObjects();
            SyncRecord record = finished.record();
            lastError = problemsOf(record);
            metrics.onSync(record.outcome(), Duration.between(started, clock.instant()));
            LOG.info("Sync " + record.id() + " (" + trigger + ") of " + head + ": " + record.outcome()
                    + lastError.map(e -> ": " + e).orElse(""));
        } catch (RuntimeException e) {
            // Whatever happens, the worker must live on to serve the next trigger.
            lastError = Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
            LOG.error("Sync (" + trigger + ") failed: " + lastError.get(), e);
        } finally {
            syncing = false;
        }
    }

    /** Null when the fetch failed: recorded in history unless a poll, which would fill it with the same failure. */
    private String fetchHead(SyncTrigger trigger) {
        try {
            return git.fetchHead();
        } catch (RuntimeException e) {
            lastError = Optional.of(e.getMessage());
            LOG.warn("Cannot fetch the tracked branch: " + e.getMessage());
            if (trigger != SyncTrigger.POLL) {
                SyncRecord record = store.finishSync(new SyncRecord(0, clock.instant(), clock.instant(), trigger,
                        store.state().lastSeenRevision(), null, null, SyncOutcome.FAILED, List.of(),
                        List.of(Problem.from(ProblemSource.GIT, e.getMessage()))), Optional.empty());
                metrics.onSync(record.outcome(), Duration.ZERO);
            }
            return null;
        }
    }

    /**
     * A poll or push that finds the head already looked at does nothing (a redelivered or coalesced webhook), unless
     * the last sync is worth retrying. Manual, startup and drift syncs always run: they are asked for on purpose.
     */
    private boolean isAlreadyHandled(SyncTrigger trigger, String head) {
        boolean onlyLooksForNewCommits = trigger == SyncTrigger.POLL || trigger == SyncTrigger.PUSH_WEBHOOK;
        if (!onlyLooksForNewCommits || !head.equals(store.state().lastSeenRevision())) {
            return false;
        }
        List<SyncRecord> history = store.history();
        return !history.isEmpty() && Phase.after(history.get(history.size() - 1).outcome()) != Phase.FAILED;
    }

    private DriftSnapshot runDriftCheck() {
        DriftSnapshot snapshot = new DriftCheck(git.source(), reconciler(), clock).run(store.state());
        drift = snapshot;
        snapshot.report().ifPresent(report -> metrics.onDrift(report.entries().stream()
                .filter(entry -> entry.status() != DriftStatus.IN_SYNC).count()));
        snapshot.problem().ifPresent(problem -> LOG.warn("Drift check not made: " + problem));
        if (snapshot.hasDrift() && snapshot.selfHeal()) {
            LOG.info("Drift found and self_heal is on: syncing");
            requestSync(SyncTrigger.DRIFT_CHECK);
        }
        return snapshot;
    }

    private Reconciler reconciler() {
        return new Reconciler(pagerDuty.client(), clock, config.applyParallelism());
    }

    private static List<String> failedSteps(SyncRecord record) {
        return record.steps().stream().filter(step -> step.error() != null)
                .map(step -> step.object() + ": " + step.error()).toList();
    }

    private static Optional<String> problemsOf(SyncRecord record) {
        return record.errors().isEmpty() && failedSteps(record).isEmpty() ? Optional.empty()
                : Optional.of(summary(record));
    }

    private static String summary(SyncRecord record) {
        List<String> parts = new ArrayList<>();
        record.errors().forEach(error -> parts.add(error.toString()));
        parts.addAll(failedSteps(record));
        int shown = Math.min(parts.size(), 5);
        String more = parts.size() > shown ? " (and " + (parts.size() - shown) + " more)" : "";
        return String.join("; ", parts.subList(0, shown)) + more;
    }
}
