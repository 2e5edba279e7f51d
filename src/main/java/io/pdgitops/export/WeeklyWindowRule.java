package io.pdgitops.export;

import io.pdgitops.model.MaintenanceOccurrences;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.Origin;
import io.pdgitops.model.WindowOccurrence;
import io.pdgitops.model.WindowTiming;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The open windows that share a description, read back as the weeks of one weekly rule when they are exactly what
 * such a rule expands to at the time of the export: same services, same length, same local start time in one of
 * the candidate zones, and every week up to the last one present. Anything less regular is not guessed into a rule.
 *
 * <p>A week created while it already ran has its start moved to its creation by PagerDuty, so a running window is
 * matched by its end alone, as the plan pairs it.
 */
final class WeeklyWindowRule {

    private static final int MOST_WEEKS_AHEAD = 26;

    private WeeklyWindowRule() {
    }

    /**
     * @param zones the zones to try, most likely first (the account's schedules' zones, then UTC)
     * @param origin where the rule is said to come from
     * @return the rule, whose expansion at {@code now} gives back {@code shared}
     */
    static Optional<MaintenanceWindow> of(List<WindowOccurrence> shared, List<ZoneId> zones, Instant now, Origin origin) {
        Set<String> services = Set.copyOf(shared.get(0).services());
        if (shared.size() < 2 || shared.stream().anyMatch(window -> !Set.copyOf(window.services()).equals(services))) {
            return Optional.empty();
        }
        Set<Duration> lengths = shared.stream().filter(window -> window.start().isAfter(now))
                .map(window -> Duration.between(window.start(), window.end())).collect(Collectors.toSet());
        if (lengths.size() != 1) {
            return Optional.empty();
        }
        Duration length = lengths.iterator().next();
        Map<Instant, WindowOccurrence> byEnd = shared.stream()
                .collect(Collectors.toMap(WindowOccurrence::end, Function.identity(), (one, two) -> one));
        if (byEnd.size() != shared.size()) {
            return Optional.empty();
        }
        for (ZoneId zone : zones) {
            Set<LocalTime> starts = new HashSet<>();
            Set<DayOfWeek> days = new HashSet<>();
            for (WindowOccurrence window : shared) {
                var declaredStart = window.end().minus(length).atZone(zone);
                starts.add(declaredStart.toLocalTime());
                days.add(declaredStart.getDayOfWeek());
            }
            if (starts.size() != 1) {
                continue;
            }
            List<DayOfWeek> weekdays = days.stream().sorted().toList();
            WindowTiming.Weekly anyWeeks = new WindowTiming.Weekly(weekdays, starts.iterator().next(), length, zone, 1);
            if (length.compareTo(anyWeeks.shortestGap()) > 0) {
                continue; // windows that overlap the next one's start: no rule a document may declare
            }
            for (int weeks = 1; weeks <= MOST_WEEKS_AHEAD; weeks++) {
                MaintenanceWindow rule = new MaintenanceWindow(shared.get(0).name(), shared.get(0).services(),
                        new WindowTiming.Weekly(weekdays, starts.iterator().next(), length, zone, weeks),
                        origin);
                if (expandsTo(rule, byEnd, now)) {
                    return Optional.of(rule);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean expandsTo(MaintenanceWindow rule, Map<Instant, WindowOccurrence> byEnd, Instant now) {
        List<WindowOccurrence> expected = MaintenanceOccurrences.of(rule, now);
        if (expected.size() != byEnd.size()) {
            return false;
        }
        for (WindowOccurrence week : expected) {
            WindowOccurrence live = byEnd.get(week.end());
            boolean startMatches = live != null
                    && (live.start().equals(week.start()) || !live.start().isAfter(now) && live.start().isAfter(week.start()));
            if (!startMatches) {
                return false;
            }
        }
        return true;
    }
}
