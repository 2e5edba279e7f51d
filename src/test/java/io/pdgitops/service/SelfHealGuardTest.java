package io.pdgitops.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.check.DriftSnapshot;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.drift.DriftEntry;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.oncall.OnCallDrift;
import io.pdgitops.oncall.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SelfHealGuardTest {

    private static final Instant NOW = Instant.parse("2026-03-08T00:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final SelfHealGuard guard = new SelfHealGuard();

    private static OnCallDrift pagesOther(String schedule) {
        OnCallDrift.Shift shift = new OnCallDrift.Shift(NOW, NOW.plus(Duration.ofHours(1)), Optional.of("git@example.com"),
                Optional.of("pd@example.com"));
        return new OnCallDrift(schedule, NEW_YORK, new TimeRange(NOW, NOW.plus(Duration.ofDays(14))), List.of(shift),
                List.of());
    }

    private static DriftEntry entry(String schedule, DriftStatus status) {
        return new DriftEntry(new ResourceKey(ResourceKind.SCHEDULE, schedule, Optional.empty()), status, List.of("P1"),
                List.of());
    }

    private static DriftSnapshot check(String revision, List<DriftEntry> entries, List<OnCallDrift> onCall) {
        return new DriftSnapshot(NOW, revision, Optional.of(new DriftReport(entries, List.of(), onCall)), Optional.empty(),
                true);
    }

    @Test
    void onCallDriftThatAResendDidNotFixIsHealedOncePerRevisionAndSaidOnce() {
        DriftSnapshot stubborn = check("rev1", List.of(entry("Ops", DriftStatus.IN_SYNC)), List.of(pagesOther("Ops")));

        assertThat(guard.decide(stubborn).heal()).isTrue();
        SelfHealGuard.Decision second = guard.decide(stubborn);
        assertThat(second.heal()).isFalse();
        assertThat(second.heldBack()).hasValueSatisfying(text -> assertThat(text).contains("Ops", "rev1"));
        SelfHealGuard.Decision third = guard.decide(stubborn);
        assertThat(third.heal()).isFalse();
        assertThat(third.heldBack()).isEmpty();

        assertThat(guard.decide(check("rev2", List.of(), List.of(pagesOther("Ops")))).heal())
                .as("a new revision is worth one more re-send").isTrue();
    }

    @Test
    void fieldDriftIsAlwaysHealed() {
        DriftSnapshot edited = check("rev1", List.of(entry("Ops", DriftStatus.DRIFTED)), List.of(pagesOther("Ops")));

        assertThat(guard.decide(edited).heal()).isTrue();
        assertThat(guard.decide(edited).heal()).isTrue();
    }

    @Test
    void anotherScheduleDriftingOrDriftGoneAndBackStartsAFreshHeal() {
        DriftSnapshot ops = check("rev1", List.of(), List.of(pagesOther("Ops")));
        assertThat(guard.decide(ops).heal()).isTrue();
        assertThat(guard.decide(check("rev1", List.of(), List.of(pagesOther("Ops"), pagesOther("Leaders")))).heal())
                .isTrue();

        assertThat(guard.decide(check("rev1", List.of(), List.of())).heal()).isFalse();
        assertThat(guard.decide(ops).heal()).isTrue();
    }
}
