package io.pdgitops.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.check.DriftSnapshot;
import io.pdgitops.drift.DriftEntry;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.state.SyncOutcome;
import io.pdgitops.state.SyncRecord;
import io.pdgitops.state.SyncTrigger;
import io.pdgitops.validate.Problem;
import io.pdgitops.validate.ProblemSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StateChangesTest {

    static final String REPO = "https://git.example.com/ops/pagerduty.git";

    final StateChanges changes = new StateChanges(REPO, Optional.of("https://pd-gitops.example.com/"));
    long ids;

    @Test
    void aFailureIsToldOnceAndItsEndOnceHoweverManySyncsRepeatIt() {
        assertThat(sync(SyncOutcome.SUCCEEDED, "a")).isEmpty();
        List<Notification> failed = sync(SyncOutcome.FAILED, "a");
        assertThat(sync(SyncOutcome.FAILED, "a")).isEmpty();
        assertThat(sync(SyncOutcome.PARTIALLY_FAILED, "b")).isEmpty();
        List<Notification> recovered = sync(SyncOutcome.NO_CHANGES, "b");

        assertThat(failed).singleElement().satisfies(n -> {
            assertThat(n.event()).isEqualTo(NotificationEvent.SYNC_FAILED);
            assertThat(n.details()).containsExactly("services/api.yaml:7: the error of sync 2");
            assertThat(n.link()).contains("https://pd-gitops.example.com/");
        });
        assertThat(recovered).singleElement().extracting(Notification::event).isEqualTo(NotificationEvent.RECOVERED);
        assertThat(sync(SyncOutcome.SUCCEEDED, "c")).isEmpty();
    }

    @Test
    void anInvalidCommitIsToldOncePerCommit() {
        assertThat(sync(SyncOutcome.INVALID_CONFIG, "bad1")).singleElement()
                .extracting(Notification::event).isEqualTo(NotificationEvent.COMMIT_INVALID);
        assertThat(sync(SyncOutcome.INVALID_CONFIG, "bad1")).as("a poll of the same head").isEmpty();
        assertThat(sync(SyncOutcome.INVALID_CONFIG, "bad2")).as("another invalid commit").hasSize(1);
        assertThat(sync(SyncOutcome.SUCCEEDED, "good")).singleElement()
                .extracting(Notification::event).isEqualTo(NotificationEvent.RECOVERED);
    }

    @Test
    void anInterruptedSyncSaysNothingAndChangesNothing() {
        sync(SyncOutcome.FAILED, "a");
        assertThat(sync(SyncOutcome.INTERRUPTED, "a")).isEmpty();
        assertThat(sync(SyncOutcome.FAILED, "a")).isEmpty();
    }

    @Test
    void driftIsToldWhenItAppearsAndWhenItGoesNotAtEveryCheck() {
        assertThat(changes.afterDrift(drift(false))).isEmpty();
        List<Notification> appeared = changes.afterDrift(drift(true));
        assertThat(changes.afterDrift(drift(true))).isEmpty();
        assertThat(changes.afterDrift(failedCheck())).as("a check that could not be made").isEmpty();
        List<Notification> gone = changes.afterDrift(drift(false));

        assertThat(appeared).singleElement().satisfies(n -> {
            assertThat(n.event()).isEqualTo(NotificationEvent.DRIFT_APPEARED);
            assertThat(n.details()).containsExactly("Service Payments API: drifted");
        });
        assertThat(gone).singleElement().extracting(Notification::event).isEqualTo(NotificationEvent.DRIFT_GONE);
    }

    @Test
    void overAnySequenceEveryProblemIsClosedOnlyAfterItOpenedAndTheyAlternate() {
        Random random = new Random(42);
        SyncOutcome[] outcomes = SyncOutcome.values();
        List<NotificationEvent> told = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            sync(outcomes[random.nextInt(outcomes.length)], "r" + random.nextInt(3))
                    .forEach(n -> told.add(n.event()));
        }
        boolean open = false;
        for (NotificationEvent event : told) {
            if (event == NotificationEvent.RECOVERED) {
                assertThat(open).as("recovered only after a problem").isTrue();
                open = false;
            } else {
                open = true;
            }
        }
        assertThat(told).contains(NotificationEvent.RECOVERED, NotificationEvent.SYNC_FAILED,
                NotificationEvent.COMMIT_INVALID);
    }

    private List<Notification> sync(SyncOutcome outcome, String revision) {
        long id = ++ids;
        List<Problem> errors = outcome == SyncOutcome.SUCCEEDED || outcome == SyncOutcome.NO_CHANGES ? List.of()
                : List.of(new Problem(ProblemSource.FILE, "services/api.yaml", 7, "the error of sync " + id));
        return changes.afterSync(new SyncRecord(id, Instant.EPOCH, Instant.EPOCH.plusSeconds(1), SyncTrigger.POLL,
                revision, null, null, outcome, List.of(), errors));
    }

    private static DriftSnapshot drift(boolean drifted) {
        ResourceKey key = new ResourceKey(ResourceKind.SERVICE, "Payments API", Optional.empty());
        DriftEntry entry = new DriftEntry(key, drifted ? DriftStatus.DRIFTED : DriftStatus.IN_SYNC, List.of("P1"),
                List.of());
        return new DriftSnapshot(Instant.EPOCH, "abc", Optional.of(new DriftReport(List.of(entry), List.of())),
                Optional.empty(), false);
    }

    private static DriftSnapshot failedCheck() {
        return new DriftSnapshot(Instant.EPOCH, "abc", Optional.empty(), Optional.of("PagerDuty unreachable"), false);
    }
}
