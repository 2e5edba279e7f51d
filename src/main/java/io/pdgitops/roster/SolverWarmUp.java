package io.pdgitops.roster;

import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.Origin;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import io.pdgitops.model.RosterShift;
import io.pdgitops.model.SourceLocation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles a roster of three people and one shift, and throws the result away. A short command calls it on its
 * second core while the first one reads the repository: the solver's and the renderer's classes are loaded and
 * initialised by the time the repository's own rosters are compiled, which is most of a first compilation's cost.
 */
public final class SolverWarmUp {

    private SolverWarmUp() {
    }

    /** The compilation, which a caller may ignore: only its side effect of loading classes is wanted. */
    public static RosterCompilation run() {
        RosterShift day = new RosterShift("Day", LocalTime.of(9, 0), LocalTime.of(21, 0));
        List<RosterMember> members = List.of(
                member("a", DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
                member("b", DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                member("c", DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
        Roster roster = new Roster("warm-up", Optional.empty(), ZoneOffset.UTC, Optional.empty(), LocalDate.of(2026, 1, 5),
                Roster.RotationUnit.DAILY, List.of(day), members, Optional.empty(), Optional.empty(),
                Origin.at(SourceLocation.startOf("warm-up")));
        return RosterCompiler.of(DstHandOffs.values()[0]).compile(roster);
    }

    private static RosterMember member(String name, DayOfWeek... daysOff) {
        return new RosterMember(name + "@example.invalid", Set.of(daysOff), Optional.empty(), Optional.empty());
    }
}
