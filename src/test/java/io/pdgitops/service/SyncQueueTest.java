package io.pdgitops.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.check.DriftSnapshot;
import io.pdgitops.state.SyncTrigger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SyncQueueTest {

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<SyncTrigger> synced = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstSyncStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirstSync = new CountDownLatch(1);
    private final AtomicInteger driftChecks = new AtomicInteger();
    private final List<DriftOrigin> origins = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void requestsDuringASyncCollapseIntoOneFollowUpThatPrefersAnExplicitTrigger() throws Exception {
        SyncQueue queue = queue();
        queue.requestSync(SyncTrigger.STARTUP);
        assertThat(firstSyncStarted.await(5, TimeUnit.SECONDS)).isTrue();

        for (int i = 0; i < 100; i++) {
            queue.requestSync(i % 2 == 0 ? SyncTrigger.POLL : SyncTrigger.PUSH_WEBHOOK);
        }
        queue.requestSync(SyncTrigger.POLL);
        releaseFirstSync.countDown();

        awaitIdle(queue);
        assertThat(synced).containsExactly(SyncTrigger.STARTUP, SyncTrigger.PUSH_WEBHOOK);
    }

    @Test
    void anErrorThatEscapesASyncIsReportedAndLaterRequestsStillRun() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch secondRan = new CountDownLatch(1);
        SyncQueue queue = new SyncQueue(worker, trigger -> {
            if (runs.incrementAndGet() == 1) {
                throw new OutOfMemoryError("simulated");
            }
            secondRan.countDown();
        }, origin -> null);
        assertThat(queue.fatalError()).isEmpty();

        queue.requestSync(SyncTrigger.STARTUP);
        Instant deadline = Instant.now().plusSeconds(5);
        while (queue.fatalError().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        queue.requestSync(SyncTrigger.MANUAL);

        assertThat(secondRan.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(queue.fatalError()).hasValueSatisfying(fatal -> assertThat(fatal)
                .contains(OutOfMemoryError.class.getName()));
    }

    @Test
    void driftRequestsDuringASyncShareOneCheckAfterIt() throws Exception {
        SyncQueue queue = queue();
        queue.requestSync(SyncTrigger.MANUAL);
        assertThat(firstSyncStarted.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<DriftSnapshot> first = queue.requestDriftCheck(DriftOrigin.SCHEDULE);
        CompletableFuture<DriftSnapshot> second = queue.requestDriftCheck(DriftOrigin.REQUEST);
        assertThat(first).isNotDone();
        releaseFirstSync.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isSameAs(second.get(5, TimeUnit.SECONDS));
        assertThat(driftChecks).hasValue(1);
        // Shared with the schedule, the check is the schedule's: requests cannot make it wait for their share.
        assertThat(origins).containsExactly(DriftOrigin.SCHEDULE);
    }

    @Test
    void aDriftCheckAskedForOnlyOverHttpIsPaidFromTheRequestsShare() throws Exception {
        queue().requestDriftCheck(DriftOrigin.REQUEST).get(5, TimeUnit.SECONDS);

        assertThat(origins).containsExactly(DriftOrigin.REQUEST);
    }

    @Test
    void aSyncThatThrowsDoesNotStopTheQueue() throws Exception {
        List<SyncTrigger> seen = new CopyOnWriteArrayList<>();
        SyncQueue queue = new SyncQueue(worker, trigger -> {
            seen.add(trigger);
            if (trigger == SyncTrigger.STARTUP) {
                throw new IllegalStateException("broken");
            }
        }, this::check);

        queue.requestSync(SyncTrigger.STARTUP);
        queue.requestDriftCheck(DriftOrigin.SCHEDULE).get(5, TimeUnit.SECONDS);
        queue.requestSync(SyncTrigger.MANUAL);
        queue.requestDriftCheck(DriftOrigin.SCHEDULE).get(5, TimeUnit.SECONDS);

        assertThat(seen).containsExactly(SyncTrigger.STARTUP, SyncTrigger.MANUAL);
    }

    @Test
    void checksWaitForTheRunningSyncAndEachRunOnceInOrder() throws Exception {
        SyncQueue queue = queue();
        queue.requestSync(SyncTrigger.MANUAL);
        assertThat(firstSyncStarted.await(5, TimeUnit.SECONDS)).isTrue();
        List<String> ran = new CopyOnWriteArrayList<>();

        CompletableFuture<String> first = queue.requestCheck(() -> {
            ran.add("first after " + synced.size() + " sync");
            return "a";
        });
        CompletableFuture<String> second = queue.requestCheck(() -> {
            ran.add("second");
            return "b";
        });
        assertThat(first).isNotDone();
        releaseFirstSync.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("a");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("b");
        assertThat(ran).containsExactly("first after 1 sync", "second");
    }

    @Test
    void aCheckThatThrowsFailsOnlyItsOwnFuture() throws Exception {
        SyncQueue queue = queue();

        CompletableFuture<String> broken = queue.requestCheck(() -> {
            throw new IllegalStateException("unreadable");
        });
        CompletableFuture<String> fine = queue.requestCheck(() -> "ok");

        assertThat(fine.get(5, TimeUnit.SECONDS)).isEqualTo("ok");
        assertThat(broken).isCompletedExceptionally();
        assertThat(broken.handle((value, error) -> error.getMessage()).get()).isEqualTo("unreadable");
    }

    private SyncQueue queue() {
        return new SyncQueue(worker, trigger -> {
            synced.add(trigger);
            if (synced.size() == 1) {
                firstSyncStarted.countDown();
                try {
                    releaseFirstSync.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, this::check);
    }

    private DriftSnapshot check(DriftOrigin origin) {
        driftChecks.incrementAndGet();
        origins.add(origin);
        return new DriftSnapshot(Instant.now(), "abc", Optional.empty(), Optional.of("test"), false);
    }

    /** A drift check queued now runs after every sync queued before it. */
    private static void awaitIdle(SyncQueue queue) throws Exception {
        queue.requestDriftCheck(DriftOrigin.SCHEDULE).get(5, TimeUnit.SECONDS);
    }
}
