package io.pdgitops.service.quarkus;

import io.pdgitops.apply.CreateLookup;
import io.pdgitops.check.CheckResult;
import io.pdgitops.check.DriftSnapshot;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.leader.Leadership;
import io.pdgitops.live.AccountCache;
import io.pdgitops.load.FileLoadCache;
import io.pdgitops.live.MemberCache;
import io.pdgitops.reconcile.Reconciler;
import io.pdgitops.service.FullReadInterval;
import io.pdgitops.service.DriftCheck;
import io.pdgitops.service.DriftOrigin;
import io.pdgitops.service.Phase;
import io.pdgitops.service.RevisionCheck;
import io.pdgitops.service.SelfHealGuard;
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
import java.util.concurrent.atomic.AtomicBoolean;
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
    Notifications notifications;

    @Inject
    ServiceConfig config;

    @Inject
    TrackedGit git;

    @Inject
    PagerDutyConnection pagerDuty;

    @Inject
    ServiceMetrics metrics;

    @Inject
    StateStoreFactory stores;

    private final Clock clock = Clock.systemUTC();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pd-gitops-sync");
        thread.setDaemon(true);
        return thread;
    });
    private StateStore store;
    private Leadership leadership;
    private final AtomicBoolean leading = new AtomicBoolean();
    private volatile boolean stopping;
    private Optional<SyncRecord> interrupted = Optional.empty();
    /** Until a sync has taken over from one the previous run left cut off, its creates look up names first. */
    private volatile boolean resuming;
    /**
     * Set once the start-up sync has run (or when there is none): until then polls and drift checks wait, so that
     * the first sync is recorded as STARTUP, never as a poll followed by a redundant STARTUP, and drift is never
     * measured against a PagerDuty that start-up has not synced yet.
     */
    private volatile boolean startupSynced;
    private final SyncQueue queue = new SyncQueue(worker, this::syncSafely, this::runDriftCheck);
    private volatile boolean syncing;
    private final SelfHealGuard selfHealGuard = new SelfHealGuard();
    private volatile int declaredObjects;
    private volatile Optional<String> lastError = Optional.empty();
    private volatile DriftSnapshot drift;
    /** Team members and the account kept between syncs; created at the first sync from the drift interval. */
    private volatile MemberCache memberCache;
    private volatile AccountCache accountCache;
    /** What each file of the last revision read added, by blob id: a sync parses only the files Git changed. */
    private final FileLoadCache files = new FileLoadCache();

    /** Before any trigger can reach the bean: a scheduled poll may fire before the startup event. */
    @PostConstruct
    void openState() {
        if (config.applyParallelism() < 1) {
            throw new IllegalStateException("pd-gitops.apply-parallelism must be at least 1, was "
                    + config.applyParallelism());
        }
        store = stores.open();
        leadership = stores.leadership();
        store.loadResult().problem().ifPresent(problem -> LOG.warn("Starting with empty state and prune off: "
                + problem + " (set aside as " + store.loadResult().setAside().map(Object::toString).orElse("?") + ")"));
        List<SyncRecord> history = store.history();
        if (!history.isEmpty()) {
            lastError = problemsOf(history.get(history.size() - 1));
        }
        // A follower must not close the marker of a sync the leader is running: only the leader looks at it.
        if (leadsNow()) {
            leading.set(true);
            interrupted = store.closeInterruptedSync();
            resuming = interrupted.isPresent();
            interrupted.ifPresent(cut -> LOG.warn("The previous run stopped during a sync of " + cut.revision()
                    + "; syncing again"));
        }
    }

    void start(@Observes StartupEvent event) {
        LOG.info("Tracking " + git.remote() + "; PagerDuty target: " + pagerDuty.description());
        if (leading.get() && (config.syncOnStart() || interrupted.isPresent())) {
            queue.requestSync(SyncTrigger.STARTUP);
        } else {
            startupSynced = true;
        }
        if (config.state().kind() == ServiceConfig.StateKind.POSTGRESQL) {
            Thread watcher = new Thread(this::watchLeadership, "pd-gitops-leadership");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    /**
     * With replicas: takes the lead when it is free, notices when it is lost, and on the leader runs the syncs that
     * followers hand over (woken by their NOTIFY, or after a second at most).
     */
    private void watchLeadership() {
        while (!stopping) {
            boolean now = leadsNow();
            if (now && !leading.getAndSet(true)) {
                LOG.info("This replica (" + stores.replicaName() + ") now leads");
                // The previous leader may have died mid-apply: record that sync as interrupted, then sync again.
                queue.requestSync(SyncTrigger.STARTUP);
            } else if (!now && leading.getAndSet(false)) {
                LOG.warn("This replica no longer leads; it writes nothing until it leads again");
            }
            try {
                leadership.takeRequests(Duration.ofSeconds(1)).forEach(queue::requestSync);
            } catch (RuntimeException e) {
                LOG.warn("Cannot take the syncs handed over by other replicas: " + e.getMessage());
                pause();
            }
        }
    }

    private boolean leadsNow() {
        try {
            return leadership.leads();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    /** Whether this replica leads, and which one does: {@code /api/v1/status} shows both. */
    public String replicaName() {
        return stores.replicaName();
    }

    /** Whether this replica leads now: always with the file store; false when the database cannot say. */
    public boolean leads() {
        return leadsNow();
    }

    public Optional<String> leader() {
        return leadership.leader();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Scheduled(every = "${pd-gitops.poll-interval}", identity = "pd-gitops-poll")
    void poll() {
        if (startupSynced && leadsNow()) {
            queue.requestSync(SyncTrigger.POLL);
        }
    }

    @Scheduled(every = "${pd-gitops.drift-interval}", identity = "pd-gitops-drift")
    void checkDrift() {
        if (startupSynced && leadsNow()) {
            requestDriftCheck(DriftOrigin.SCHEDULE);
        }
    }

    /** Queues a sync of the branch head (a sync already queued absorbs it), or hands it to the leading replica. */
    public void requestSync(SyncTrigger trigger) {
        if (leadsNow()) {
            queue.requestSync(trigger);
        } else {
            leadership.handOff(trigger);
        }
    }

    /** Queues a drift check; completes when it has run. */
    public CompletableFuture<DriftSnapshot> requestDriftCheck(DriftOrigin origin) {
        return queue.requestDriftCheck(origin);
    }

    /**
     * Queues a check of a ref or commit (see {@link RevisionCheck#fetchable}); nothing is applied. Asked for over
     * HTTP, it reads PagerDuty through the requests' share of the rate.
     */
    public CompletableFuture<CheckResult> requestCheck(String refOrCommit) {
        return queue.requestCheck(() -> new RevisionCheck(git.source(), pullRequestReconciler())
                .run(refOrCommit, store.state()));
    }

    /** Queues a check of exactly {@code commit}, fetched through {@code ref} (a pull request's webhook). */
    public CompletableFuture<CheckResult> requestCheck(String ref, String commit) {
        return queue.requestCheck(() -> new RevisionCheck(git.source(), pullRequestReconciler())
                .run(ref, commit, store.state()));
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

    /** An error that escaped the sync worker; see {@link SyncQueue#fatalError()}. */
    public Optional<String> fatalError() {
        return queue.fatalError();
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
        if (!leadsNow()) {
            LOG.info("Sync (" + trigger + ") dropped: another replica leads and syncs");
            return;
        }
        if (trigger == SyncTrigger.STARTUP) {
            store.closeInterruptedSync().ifPresent(cut -> {
                // A new leader resumes another replica's apply: its answers were lost, so creates look up first.
                resuming = true;
                LOG.warn("A sync of " + cut.revision() + " was cut off; syncing again");
            });
        }
        syncing = true;
        Instant started = clock.instant();
        try {
            String head = fetchHead(trigger);
            if (head == null || isAlreadyHandled(trigger, head)) {
                return;
            }
            Reconciler reconciler = (resuming
                    ? reconciler().withCreateLookup(CreateLookup.defaults().resuming()) : reconciler())
                    .withMemberCache(memberCache()).withAccountCache(accountCache());
            if (!comparesWhoIsPaged(trigger)) {
                reconciler = reconciler.withOnCallHorizon(0);
            }
            SyncRun.Finished finished = new SyncRun(git.source(), store, reconciler, clock, files).run(head, trigger);
            declaredObjects = finished.declaredObjects();
            SyncRecord record = finished.record();
            notifications.onSync(record);
            resuming = resuming && !tookOver(record.outcome());
            lastError = problemsOf(record);
            metrics.onSync(record.outcome(), Duration.between(started, clock.instant()));
            LOG.info("Sync " + record.id() + " (" + trigger + ") of " + head + ": " + record.outcome()
                    + lastError.map(e -> ": " + e).orElse(""));
        } catch (RuntimeException e) {
            // Whatever happens, the worker must live on to serve the next trigger.
            memberCache().clear();
            accountCache().clear();
            lastError = Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
            LOG.error("Sync (" + trigger + ") failed: " + lastError.get(), e);
        } finally {
            syncing = false;
            startupSynced |= trigger == SyncTrigger.STARTUP;
            if (trigger == SyncTrigger.STARTUP && !CheckInterval.parse(config.driftInterval()).isZero()) {
                // The first periodic check is an interval away; until it runs, drift and the dashboard's on-call
                // view would have nothing to show.
                queue.requestDriftCheck(DriftOrigin.SCHEDULE);
            }
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
                notifications.onSync(record);
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

    private DriftSnapshot runDriftCheck(DriftOrigin origin) {
        Reconciler reconciler = origin == DriftOrigin.REQUEST ? requestsReconciler() : reconciler();
        DriftSnapshot snapshot = new DriftCheck(git.source(), reconciler, clock, config.driftHorizonDays(), files)
                .run(store.state());
        drift = snapshot;
        notifications.onDrift(snapshot);
        snapshot.report().ifPresent(report -> metrics.onDrift(report.entries().stream()
                .filter(entry -> entry.status() != DriftStatus.IN_SYNC).count(), report.onCallDrifted()));
        snapshot.problem().ifPresent(problem -> LOG.warn("Drift check not made: " + problem));
        if (snapshot.selfHeal()) {
            SelfHealGuard.Decision decision = selfHealGuard.decide(snapshot);
            decision.heldBack().ifPresent(LOG::warn);
            if (decision.heal()) {
                LOG.info("Drift found and self_heal is on: syncing");
                requestSync(SyncTrigger.DRIFT_CHECK);
            }
        }
        return snapshot;
    }

    /**
     * Pushes and polls come often and are held to list pages plus their writes; the syncs asked for on purpose
     * (manual, startup) and the self-heal a drift check starts also read PagerDuty's rendering of each schedule, so
     * that one whose fields match but which pages someone else is re-sent.
     */
    private static boolean comparesWhoIsPaged(SyncTrigger trigger) {
        return trigger != SyncTrigger.PUSH_WEBHOOK && trigger != SyncTrigger.POLL;
    }

    /** Whether a sync ending so got as far as applying, or found nothing left to apply. */
    private static boolean tookOver(SyncOutcome outcome) {
        return outcome == SyncOutcome.SUCCEEDED || outcome == SyncOutcome.NO_CHANGES
                || outcome == SyncOutcome.PARTIALLY_FAILED;
    }

    private MemberCache memberCache() {
        keepLiveStateBetweenSyncs();
        return memberCache;
    }

    private AccountCache accountCache() {
        keepLiveStateBetweenSyncs();
        return accountCache;
    }

    /** Both caches read everything again every drift interval; made at the first sync, on the sync thread. */
    private void keepLiveStateBetweenSyncs() {
        if (accountCache == null) {
            Duration interval = FullReadInterval.of(config.driftInterval());
            memberCache = new MemberCache(interval);
            accountCache = new AccountCache(interval);
        }
    }

    private Reconciler reconciler() {
        // A plan compares who is paged over the drift horizon, so the drift check reads each rendering once.
        return new Reconciler(pagerDuty.client(), clock, config.applyParallelism())
                .withOnCallHorizon(config.driftHorizonDays());
    }

    /**
     * A pull request's check shows what its revision changes, paced like other work asked for over HTTP; who is
     * paged today is the drift check's business.
     */
    private Reconciler pullRequestReconciler() {
        return requestsReconciler().withOnCallHorizon(0);
    }

    /** For work asked for over HTTP: reads only, paced by the requests' lane of the token's limiter. */
    private Reconciler requestsReconciler() {
        return new Reconciler(pagerDuty.requestsClient(), clock, config.applyParallelism())
                .withOnCallHorizon(config.driftHorizonDays());
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
