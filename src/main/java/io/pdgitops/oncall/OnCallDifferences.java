package io.pdgitops.oncall;

import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.Schedule;
import io.pdgitops.schedule.Entry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Compares who is on call under the live and the desired version of a schedule. */
public final class OnCallDifferences {

    /** The range a plan shows: the next two weeks. */
    public static final int PLAN_DAYS = 14;

    private OnCallDifferences() {
    }

    /** @param live empty when PagerDuty has no such schedule yet */
    public static OnCallDifference between(Optional<Schedule> live, Schedule desired, TimeRange range,
            DstHandOffs rule) {
        SchedulePreview after = SchedulePreview.of(desired, range, rule);
        Optional<SchedulePreview> current = live.map(schedule -> SchedulePreview.of(schedule, range, rule));
        List<Entry> before = current.map(SchedulePreview::shifts).orElse(List.of());
        List<TimeRange> liveGaps = current.map(SchedulePreview::gaps).orElse(List.of(range));
        return new OnCallDifference(
                desired.name(),
                desired.timeZone(),
                live.isEmpty(),
                range,
                changes(before, after.shifts(), range),
                timeGained(before, after.shifts()),
                live.isEmpty() ? List.of() : TimeRange.subtract(after.gaps(), liveGaps));
    }

    /** The periods of {@code range} whose person differs between two final schedules, joined per hand-off. */
    static List<OnCallDifference.Change> changes(List<Entry> before, List<Entry> after, TimeRange range) {
        TreeSet<Instant> cuts = new TreeSet<>(List.of(range.start(), range.end()));
        before.forEach(entry -> cuts.addAll(List.of(entry.start(), entry.end())));
        after.forEach(entry -> cuts.addAll(List.of(entry.start(), entry.end())));
        List<OnCallDifference.Change> changes = new ArrayList<>();
        Instant previous = null;
        for (Instant cut : cuts) {
            if (previous != null && !previous.isBefore(range.start()) && !cut.isAfter(range.end())) {
                Optional<String> was = personAt(before, previous);
                Optional<String> now = personAt(after, previous);
                if (!was.equals(now)) {
                    add(changes, new OnCallDifference.Change(previous, cut, was, now));
                }
            }
            previous = cut;
        }
        return changes;
    }

    /** Joins a change to the one before when it continues it, so each row is one hand-off that moved. */
    private static void add(List<OnCallDifference.Change> changes, OnCallDifference.Change change) {
        if (!changes.isEmpty()) {
            OnCallDifference.Change last = changes.get(changes.size() - 1);
            if (last.end().equals(change.start()) && last.before().equals(change.before())
                    && last.after().equals(change.after())) {
                changes.set(changes.size() - 1, new OnCallDifference.Change(last.start(), change.end(), last.before(), last.after()));
                return;
            }
        }
        changes.add(change);
    }

    private static Optional<String> personAt(List<Entry> shifts, Instant instant) {
        return shifts.stream()
                .filter(shift -> !shift.start().isAfter(instant) && shift.end().isAfter(instant))
                .map(Entry::user)
                .findFirst();
    }

    private static Map<String, Duration> timeGained(List<Entry> before, List<Entry> after) {
        Map<String, Duration> gained = new HashMap<>();
        after.forEach(entry -> gained.merge(entry.user(), length(entry), Duration::plus));
        before.forEach(entry -> gained.merge(entry.user(), length(entry).negated(), Duration::plus));
        Map<String, Duration> nonZero = new TreeMap<>();
        gained.forEach((person, time) -> {
            if (!Objects.equals(time, Duration.ZERO)) {
                nonZero.put(person, time);
            }
        });
        return nonZero;
    }

    private static Duration length(Entry entry) {
        return Duration.between(entry.start(), entry.end());
    }
}
