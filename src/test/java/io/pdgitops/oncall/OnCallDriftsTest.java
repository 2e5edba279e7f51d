package io.pdgitops.oncall;

import io.pdgitops.model.DstHandOffs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.model.Schedule;
import io.pdgitops.schedule.Entry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Git's rendering of a declared daily rotation against a PagerDuty rendering built from it: the same timeline is no
 * drift, a swapped turn is one shift that differs (whatever the fields say, since only the timelines are given), and
 * a turn covered by an override is shown apart.
 */
class OnCallDriftsTest {

    private static final Schedule DAILY = Schedules.rotation("Daily", Duration.ofDays(1), List.of("a@x.io", "b@x.io", "c@x.io"));
    private static final TimeRange WEEK = TimeRange.days(Schedules.MONDAY_9.toInstant(), 7, Schedules.TOKYO);

    @Test
    void theSameTimelineIsNoDrift() {
        OnCallDrift drift = OnCallDrifts.between(DAILY, live(git(), List.of()), WEEK, DstHandOffs.LOCAL_TIME);

        assertThat(drift.drifted()).isFalse();
        assertThat(drift.overridden()).isEmpty();
    }

    @Test
    void aTurnPagedToSomeoneElseIsOneShiftThatDiffersAndNamesBoth() {
        List<Entry> pagerDuty = new ArrayList<>(git());
        Entry third = pagerDuty.get(2);
        pagerDuty.set(2, new Entry("B@X.io", third.start(), third.end()));

        OnCallDrift drift = OnCallDrifts.between(DAILY, live(pagerDuty, List.of()), WEEK, DstHandOffs.LOCAL_TIME);

        assertThat(drift.differences()).containsExactly(new OnCallDrift.Shift(third.start(), third.end(),
                Optional.of(third.user()), Optional.of("b@x.io")));
    }

    @Test
    void nobodyPagedIsADifferenceToo() {
        List<Entry> pagerDuty = new ArrayList<>(git());
        Entry last = pagerDuty.remove(pagerDuty.size() - 1);

        OnCallDrift drift = OnCallDrifts.between(DAILY, live(pagerDuty, List.of()), WEEK, DstHandOffs.LOCAL_TIME);

        assertThat(drift.differences()).singleElement()
                .satisfies(shift -> assertThat(shift.pagerDuty()).isEmpty())
                .satisfies(shift -> assertThat(shift.git()).hasValue(last.user()));
    }

    @Test
    void aPeriodUnderAnOverrideIsShownApart() {
        List<Entry> pagerDuty = new ArrayList<>(git());
        Entry second = pagerDuty.get(1);
        Instant overrideEnd = second.start().plus(Duration.ofHours(2));
        Entry override = new Entry("z@x.io", second.start(), overrideEnd);
        pagerDuty.set(1, new Entry(second.user(), overrideEnd, second.end()));
        pagerDuty.add(1, override);

        OnCallDrift drift = OnCallDrifts.between(DAILY, live(pagerDuty, List.of(override)), WEEK, DstHandOffs.LOCAL_TIME);

        assertThat(drift.drifted()).isFalse();
        assertThat(drift.overridden()).containsExactly(new OnCallDrift.Shift(second.start(), overrideEnd,
                Optional.of(second.user()), Optional.of("z@x.io")));
    }

    @Test
    void theHorizonIsBetweenOneDayAndAYear() {
        assertThat(OnCallDrifts.horizonDays(14)).isEqualTo(14);
        assertThatThrownBy(() -> OnCallDrifts.horizonDays(0)).hasMessageContaining("between 1 and 366 days, not 0");
        assertThatThrownBy(() -> OnCallDrifts.horizonDays(OnCallDrifts.MAX_HORIZON_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Entry> git() {
        List<Entry> shifts = SchedulePreview.of(DAILY, WEEK, DstHandOffs.LOCAL_TIME).shifts();
        assertThat(shifts).hasSizeGreaterThan(3);
        return shifts;
    }

    private static LiveRendering live(List<Entry> finalSchedule, List<Entry> overrides) {
        return new LiveRendering("Daily", finalSchedule, overrides);
    }
}
