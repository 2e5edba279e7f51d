package io.pdgitops.roster;

import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterShift;
import io.pdgitops.model.Schedule;
import io.pdgitops.schedule.Entry;
import io.pdgitops.schedule.RenderedSchedule;
import io.pdgitops.schedule.RenderingChoices;
import io.pdgitops.schedule.ScheduleRenderer;
import io.pdgitops.schedule.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who a compiled schedule puts on each shift of each day, read back from the renderer's final
 * schedule independently of the compiler: a shift slot has a holder only when one user covers it
 * from its start to its end.
 */
record RenderedRoster(Roster roster, List<List<String>> holders) {

    static RenderedRoster of(Roster roster, Schedule schedule, int days) {
        return of(roster, schedule, days, DstHandOffs.LOCAL_TIME);
    }

    /** Renders as PagerDuty does under {@code rule}; each shift's holder is whoever is on call for all of it. */
    static RenderedRoster of(Roster roster, Schedule schedule, int days, DstHandOffs rule) {
        Instant since = ZonedDateTime.of(roster.start(), roster.shifts().get(0).start(), roster.timeZone()).toInstant();
        Instant until = ZonedDateTime.of(roster.start().plusDays(days + 1L), roster.shifts().get(0).start(), roster.timeZone()).toInstant();
        RenderedSchedule rendered = new ScheduleRenderer(RenderingChoices.of(rule)).render(DeclaredScheduleDefinition.of(schedule), new Window(since, until, false));
        List<List<String>> holders = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            List<String> byShift = new ArrayList<>();
            for (RosterShift shift : roster.shifts()) {
                ZonedDateTime start = ZonedDateTime.of(roster.start().plusDays(day), shift.start(), roster.timeZone());
                Instant end = ZonedDateTime.of(start.toLocalDateTime().plus(shift.length()), roster.timeZone()).toInstant();
                byShift.add(holder(rendered.finalSchedule().entries(), start.toInstant(), end));
            }
            holders.add(byShift);
        }
        return new RenderedRoster(roster, holders);
    }

    LocalDate date(int day) {
        return roster.start().plusDays(day);
    }

    String holder(int day, int shift) {
        return holders.get(day).get(shift);
    }

    /** Minutes on call per user over the rendered days. */
    Map<String, Long> minutes() {
        Map<String, Long> minutes = new HashMap<>();
        for (List<String> day : holders) {
            for (int shift = 0; shift < day.size(); shift++) {
                minutes.merge(day.get(shift), roster.shifts().get(shift).length().toMinutes(), Long::sum);
            }
        }
        return minutes;
    }

    private static String holder(List<Entry> entries, Instant start, Instant end) {
        return entries.stream()
                .filter(entry -> !entry.start().isAfter(start) && !entry.end().isBefore(end))
                .map(Entry::user)
                .findFirst()
                .orElse(null);
    }
}
