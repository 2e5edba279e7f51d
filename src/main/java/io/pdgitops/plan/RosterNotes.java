package io.pdgitops.plan;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterShift;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.roster.MemberHours;
import io.pdgitops.roster.RosterCompilation;
import io.pdgitops.roster.RosterCompiler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Notes that show, for every schedule a plan changes that is compiled from a roster, where it comes
 * from, its layers and each member's hours: the numbers a reviewer checks before a roster change.
 */
final class RosterNotes {

    private RosterNotes() {
    }

    static List<String> of(DesiredState desired, Collection<ResourceKey> changed) {
        List<String> notes = new ArrayList<>();
        for (ResourceKey key : changed) {
            if (key.kind() != ResourceKind.SCHEDULE) {
                continue;
            }
            Optional<Schedule> schedule = desired.schedule(key.name());
            Optional<Roster> roster = schedule.flatMap(desired::rosterOf);
            if (roster.isPresent() && RosterCompiler.of(desired.settings().dstHandOffs()).compile(roster.get()) instanceof RosterCompilation.Compiled compiled) {
                notes.add(origin(key, roster.get(), compiled));
                notes.add(hours(key, compiled));
            }
        }
        return notes;
    }

    private static String origin(ResourceKey key, Roster roster, RosterCompilation.Compiled compiled) {
        List<String> layers = new ArrayList<>();
        for (int i = 0; i < roster.shifts().size(); i++) {
            RosterShift shift = roster.shifts().get(i);
            ScheduleLayer layer = compiled.schedule().layers().get(i);
            layers.add("`" + shift.name() + "` " + shift.start() + "-" + shift.end() + ", "
                    + layer.rotationTurnLength().toDays() + "d turns, " + layer.users().size() + " users");
        }
        return key + " is compiled from roster " + roster.origin().location() + " (cycle of " + compiled.cycleWeeks()
                + (compiled.cycleWeeks() == 1 ? " week" : " weeks") + "): layers " + String.join("; ", layers);
    }

    private static String hours(ResourceKey key, RosterCompilation.Compiled compiled) {
        return key + " hours per week: " + compiled.hours().stream()
                .map(RosterNotes::memberHours)
                .collect(Collectors.joining(", "));
    }

    private static String memberHours(MemberHours hours) {
        return hours.user() + hours.site().map(site -> " (" + site + ")").orElse("") + " " + length(hours.perWeek());
    }

    private static String length(Duration duration) {
        return duration.toMinutesPart() == 0 ? duration.toHours() + "h" : duration.toHours() + "h" + duration.toMinutesPart() + "m";
    }
}
