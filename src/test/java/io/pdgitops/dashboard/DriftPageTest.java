package io.pdgitops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.check.DriftSnapshot;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.oncall.OnCallDrift;
import io.pdgitops.oncall.TimeRange;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftPageTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final Instant START = Instant.parse("2026-12-08T11:30:00Z");

    @Test
    void whoIsPagedDifferencesAreShiftsInTheSchedulesZoneWithOverridesApart() {
        OnCallDrift.Shift differs = new OnCallDrift.Shift(START, START.plusSeconds(12 * 3600),
                Optional.of("taro@example.com"), Optional.of("hanako@example.com"));
        OnCallDrift.Shift gap = new OnCallDrift.Shift(START.plusSeconds(12 * 3600), START.plusSeconds(13 * 3600),
                Optional.of("taro@example.com"), Optional.empty());
        OnCallDrift.Shift override = new OnCallDrift.Shift(START, START.plusSeconds(3600),
                Optional.of("taro@example.com"), Optional.of("ken@example.com"));
        OnCallDrift drift = new OnCallDrift("Ops Tokyo", TOKYO, new TimeRange(START, START.plusSeconds(14 * 86400)),
                List.of(differs, gap), List.of(override));
        DriftSnapshot snapshot = new DriftSnapshot(START, "abc123", Optional.of(new DriftReport(List.of(), List.of(),
                List.of(drift))), Optional.empty(), true);

        DriftPage page = DriftPage.of(Optional.of(snapshot));

        assertThat(page.state()).isEqualTo("drift");
        assertThat(page.revert()).contains("next sync");
        assertThat(page.onCall()).singleElement().satisfies(schedule -> {
            assertThat(schedule.timeZone()).isEqualTo("Asia/Tokyo");
            assertThat(schedule.differences()).extracting(DriftPage.ShiftRow::when)
                    .containsExactly(PageTimes.range(differs.start(), differs.end(), TOKYO),
                            PageTimes.range(gap.start(), gap.end(), TOKYO));
            assertThat(schedule.differences().get(0).when()).isEqualTo("Tue 8 Dec 20:30 - Wed 9 Dec 08:30 JST");
            assertThat(schedule.differences().get(1).pagerDuty()).isEqualTo("nobody");
            assertThat(schedule.overridden()).extracting(DriftPage.ShiftRow::pagerDuty).containsExactly("ken@example.com");
        });
    }

    @Test
    void beforeAnyCheckAndAfterAFailedOneThePageSaysSo() {
        assertThat(DriftPage.of(Optional.empty()).state()).isEqualTo("unknown");
        DriftPage failed = DriftPage.of(Optional.of(new DriftSnapshot(START, "abc", Optional.empty(),
                Optional.of("PagerDuty answered 500"), false)));
        assertThat(failed.problem()).isEqualTo("PagerDuty answered 500");
    }
}
