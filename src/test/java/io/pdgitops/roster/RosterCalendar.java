package io.pdgitops.roster;

import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import io.pdgitops.model.RosterShift;
import io.pdgitops.model.Schedule;
import io.pdgitops.schedule.Entry;
import io.pdgitops.schedule.RenderedSchedule;
import io.pdgitops.schedule.ScheduleRenderer;
import io.pdgitops.schedule.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A roster calendar a person can check line by line: for each day, who the RENDERED compiled
 * schedule puts on each shift (read from the final schedule at the shift's start and middle), and
 * who is off that day.
 */
final class RosterCalendar {

    private RosterCalendar() {
    }

    static String of(Roster roster, Schedule schedule, int days) {
        Instant since = at(roster, roster.start(), roster.shifts().get(0));
        Instant until = at(roster, roster.start().plusDays(days), roster.shifts().get(0));
        RenderedSchedule rendered = new ScheduleRenderer().render(DeclaredScheduleDefinition.of(schedule), new Window(since, until, false));
        StringBuilder text = new StringBuilder();
        for (int day = 0; day < days; day++) {
            LocalDate date = roster.start().plusDays(day);
            text.append(date).append(' ').append(date.getDayOfWeek().toString().substring(0, 3).toLowerCase(Locale.ROOT));
            for (RosterShift shift : roster.shifts()) {
                Instant start = at(roster, date, shift);
                String atStart = onCall(rendered.finalSchedule().entries(), start);
                String atEnd = onCall(rendered.finalSchedule().entries(), start.plus(shift.length()).minusSeconds(1));
                text.append("  ").append(shift.name()).append(": ").append(atStart.equals(atEnd) ? atStart : atStart + "/" + atEnd);
            }
            String off = roster.members().stream().filter(m -> !m.worksOn(date.getDayOfWeek()))
                    .map(RosterMember::user).map(RosterCalendar::shortName).collect(Collectors.joining(" "));
            text.append("  off: ").append(off).append('\n');
        }
        return text.toString();
    }

    private static Instant at(Roster roster, LocalDate date, RosterShift shift) {
        return ZonedDateTime.of(date, shift.start(), roster.timeZone()).toInstant();
    }

    private static String onCall(List<Entry> entries, Instant instant) {
        return entries.stream()
                .filter(entry -> !entry.start().isAfter(instant) && entry.end().isAfter(instant))
                .map(entry -> shortName(entry.user()))
                .findFirst()
                .orElse("-");
    }

    private static String shortName(String email) {
        return email.substring(0, email.indexOf('@'));
    }
}
