package io.pdgitops.reconcile;

import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import io.pdgitops.model.RosterShift;
import io.pdgitops.schedule.Entry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The on-call entries that put a roster member on a shift of a day off. A shift belongs to the day it starts, so
 * every shift slot (day, shift) of the range is checked against each entry that overlaps it: an entry of a member
 * who is off that day is one such shift, however the entries were merged or cut.
 */
final class DayOffShifts {

    private DayOffShifts() {
    }

    /** One line per offending slot: "2026-12-08 Night shift mao.kato@example.com". */
    static List<String> of(Roster roster, List<Entry> entries) {
        Map<String, RosterMember> members = roster.members().stream()
                .collect(Collectors.toMap(member -> member.user().toLowerCase(Locale.ROOT), Function.identity()));
        List<String> found = new ArrayList<>();
        if (entries.isEmpty()) {
            return found;
        }
        Instant first = entries.stream().map(Entry::start).min(Instant::compareTo).orElseThrow();
        Instant last = entries.stream().map(Entry::end).max(Instant::compareTo).orElseThrow();
        LocalDate day = first.atZone(roster.timeZone()).toLocalDate().minusDays(1);
        LocalDate lastDay = last.atZone(roster.timeZone()).toLocalDate();
        for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
            for (RosterShift shift : roster.shifts()) {
                Instant slotStart = ZonedDateTime.of(day, shift.start(), roster.timeZone()).toInstant();
                // A shift ends at its wall-clock end, so the night of a spring change lasts an hour less.
                Instant slotEnd = ZonedDateTime.of(day.atTime(shift.start()).plus(shift.length()), roster.timeZone()).toInstant();
                for (Entry entry : entries) {
                    RosterMember member = members.get(entry.user().toLowerCase(Locale.ROOT));
                    boolean overlaps = entry.start().isBefore(slotEnd) && entry.end().isAfter(slotStart);
                    if (overlaps && member != null && !member.worksOn(day.getDayOfWeek())) {
                        found.add(day + " " + shift.name() + " " + entry.user());
                    }
                }
            }
        }
        return found;
    }
}
