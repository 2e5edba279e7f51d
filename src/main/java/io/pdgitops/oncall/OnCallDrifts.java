package io.pdgitops.oncall;

import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.Schedule;
import io.pdgitops.schedule.Entry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Compares Git's intent for a schedule, rendered locally, with what PagerDuty renders for it. */
public final class OnCallDrifts {

    /** How far ahead the drift check looks unless told otherwise. */
    public static final int DEFAULT_HORIZON_DAYS = 14;
    /** A year, as for previews: longer comparisons cost renderings nobody reads. */
    public static final int MAX_HORIZON_DAYS = 366;

    private OnCallDrifts() {
    }

    /** @return {@code days} when it is a horizon the check accepts */
    public static int horizonDays(int days) {
        if (days < 1 || days > MAX_HORIZON_DAYS) {
            throw new IllegalArgumentException("the on-call drift horizon must be between 1 and " + MAX_HORIZON_DAYS
                    + " days, not " + days);
        }
        return days;
    }

    /**
     * @param settled the declared schedule as apply sends it (virtual starts settled against PagerDuty's), so that
     *     a kept rotation position is not reported as drift
     * @throws IllegalArgumentException when the schedule cannot be rendered over the range
     */
    public static OnCallDrift between(Schedule settled, LiveRendering live, TimeRange range, DstHandOffs rule) {
        List<Entry> git = lowerCase(SchedulePreview.of(settled, range, rule).shifts());
        List<OnCallDrift.Shift> differences = new ArrayList<>();
        List<OnCallDrift.Shift> overridden = new ArrayList<>();
        for (OnCallDifference.Change change : OnCallDifferences.changes(lowerCase(live.finalSchedule()), git, range)) {
            OnCallDrift.Shift shift = new OnCallDrift.Shift(change.start(), change.end(), change.after(), change.before());
            (overridden(live.overrides(), change.start()) ? overridden : differences).add(shift);
        }
        return new OnCallDrift(settled.name(), settled.timeZone(), range, differences, overridden);
    }

    /** PagerDuty matches emails without regard to case, and so does the comparison. */
    private static List<Entry> lowerCase(List<Entry> entries) {
        return entries.stream()
                .map(entry -> new Entry(entry.user().toLowerCase(Locale.ROOT), entry.start(), entry.end()))
                .toList();
    }

    private static boolean overridden(List<Entry> overrides, Instant instant) {
        return overrides.stream().anyMatch(entry -> !entry.start().isAfter(instant) && entry.end().isAfter(instant));
    }
}
