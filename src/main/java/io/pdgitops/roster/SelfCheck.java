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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders the compiled layers with the same renderer the sandbox and the preview use, over one whole
 * cycle, and checks that each layer hands out exactly the assigned shifts and that nobody is on call
 * in a shift that starts on their day off. A mismatch is a defect in the compiler, reported as such
 * rather than applied to PagerDuty.
 */
final class SelfCheck {

    private final ScheduleRenderer renderer;

    SelfCheck(ScheduleRenderer renderer) {
        this.renderer = renderer;
    }

    /** @throws IllegalStateException naming the first difference */
    void verify(CycleGrid grid, Assignment assignment, Schedule schedule) {
        Roster roster = grid.roster();
        ZoneId zone = roster.timeZone();
        Instant since = cycleEdge(roster, 0);
        Instant until = cycleEdge(roster, grid.cycleDays());
        RenderedSchedule rendered = renderer.render(DeclaredScheduleDefinition.of(schedule), new Window(since, until, false));
        Map<String, RosterMember> members = roster.members().stream()
                .collect(Collectors.toMap(RosterMember::user, Function.identity()));
        for (int shift = 0; shift < grid.shiftCount(); shift++) {
            RosterShift declared = roster.shifts().get(shift);
            List<Entry> expected = new ArrayList<>();
            for (int day = 0; day < grid.cycleDays(); day++) {
                String user = roster.members().get(assignment.member(day, shift)).user();
                ZonedDateTime start = ZonedDateTime.of(roster.start().plusDays(day), declared.start(), zone);
                ZonedDateTime end = ZonedDateTime.of(start.toLocalDateTime().plus(declared.length()), zone);
                expected.add(new Entry(user, start.toInstant(), end.toInstant()));
            }
            List<Entry> actual = rendered.layers().get(shift).entries();
            if (!merged(actual).equals(merged(expected))) {
                throw new IllegalStateException("the `" + declared.name() + "` layer compiled from roster `" + roster.name()
                        + "` renders " + actual.size() + " entries that differ from the " + expected.size() + " assigned shifts");
            }
            for (Entry entry : actual) {
                LocalDate day = entry.start().atZone(zone).toLocalDate();
                RosterMember member = members.get(entry.user());
                if (!member.worksOn(day.getDayOfWeek()) || !member.takes(declared.name())) {
                    throw new IllegalStateException("roster `" + roster.name() + "` puts " + entry.user() + " on the `"
                            + declared.name() + "` shift on " + day + ", which they do not work");
                }
            }
        }
    }

    /** The start of the earliest shift on cycle day {@code day}. */
    private static Instant cycleEdge(Roster roster, int day) {
        return roster.shifts().stream()
                .map(shift -> ZonedDateTime.of(roster.start().plusDays(day), shift.start(), roster.timeZone()).toInstant())
                .min(Instant::compareTo)
                .orElseThrow();
    }

    /** Joins back-to-back entries of one user, so that day and week turns compare alike. */
    private static List<Entry> merged(List<Entry> entries) {
        List<Entry> result = new ArrayList<>();
        for (Entry entry : entries) {
            Entry last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && last.user().equals(entry.user()) && last.end().equals(entry.start())) {
                result.set(result.size() - 1, new Entry(last.user(), last.start(), entry.end()));
            } else {
                result.add(entry);
            }
        }
        return result;
    }
}
