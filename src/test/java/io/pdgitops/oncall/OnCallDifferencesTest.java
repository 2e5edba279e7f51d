package io.pdgitops.oncall;

import io.pdgitops.model.DstHandOffs;
import static io.pdgitops.oncall.Schedules.MONDAY_9;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OnCallDifferencesTest {

    private static final Instant START = MONDAY_9.toInstant();
    private static final TimeRange FOUR_DAYS = new TimeRange(START, START.plus(Duration.ofDays(4)));

    @Test
    void addingAMemberMovesTheirTurnsAndReportsHoursGainedAndLost() {
        var live = Schedules.rotation("Ops", Duration.ofDays(1), List.of("a@example.com", "b@example.com"));
        var desired = Schedules.rotation("Ops", Duration.ofDays(1), List.of("a@example.com", "b@example.com", "c@example.com"));

        OnCallDifference difference = OnCallDifferences.between(Optional.of(live), desired, FOUR_DAYS, DstHandOffs.LOCAL_TIME);

        // live: a b a b; desired: a b c a. Days 3 and 4 change hands.
        assertThat(difference.created()).isFalse();
        assertThat(difference.changes()).containsExactly(
                new OnCallDifference.Change(START.plus(Duration.ofDays(2)), START.plus(Duration.ofDays(3)),
                        Optional.of("a@example.com"), Optional.of("c@example.com")),
                new OnCallDifference.Change(START.plus(Duration.ofDays(3)), START.plus(Duration.ofDays(4)),
                        Optional.of("b@example.com"), Optional.of("a@example.com")));
        assertThat(difference.timeGained()).isEqualTo(Map.of(
                "b@example.com", Duration.ofHours(-24), "c@example.com", Duration.ofHours(24)));
        assertThat(difference.newGaps()).isEmpty();
    }

    @Test
    void aRestrictionThatShrinksTheDayOpensNewGaps() {
        var live = Schedules.rotation("Ops", Duration.ofDays(1), List.of("a@example.com"));
        var desired = Schedules.rotation("Ops", Duration.ofDays(1), List.of("a@example.com"),
                Schedules.daily("09:00", Duration.ofHours(12)));

        OnCallDifference difference = OnCallDifferences.between(Optional.of(live), desired, FOUR_DAYS, DstHandOffs.LOCAL_TIME);

        assertThat(difference.newGaps()).hasSize(4).allSatisfy(gap -> assertThat(gap.length()).isEqualTo(Duration.ofHours(12)));
        assertThat(difference.changes()).hasSize(4)
                .allSatisfy(change -> assertThat(change.after()).isEmpty());
        assertThat(difference.timeGained()).containsExactly(Map.entry("a@example.com", Duration.ofHours(-48)));
    }

    @Test
    void aNewScheduleIsAllNewAndAnUnchangedOneHasNoChanges() {
        var schedule = Schedules.rotation("Ops", Duration.ofDays(1), List.of("a@example.com", "b@example.com"));

        OnCallDifference created = OnCallDifferences.between(Optional.empty(), schedule, FOUR_DAYS, DstHandOffs.LOCAL_TIME);
        OnCallDifference same = OnCallDifferences.between(Optional.of(schedule), schedule, FOUR_DAYS, DstHandOffs.LOCAL_TIME);

        assertThat(created.created()).isTrue();
        assertThat(created.changes()).hasSize(4).allSatisfy(change -> assertThat(change.before()).isEmpty());
        assertThat(same.isEmpty()).isTrue();
        assertThat(same.timeGained()).isEmpty();
    }
}
