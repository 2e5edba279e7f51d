package io.pdgitops.roster;

import io.pdgitops.model.Origin;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import io.pdgitops.model.RosterShift;
import io.pdgitops.model.SourceLocation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rosters for tests, built in code. */
final class Rosters {

    static final RosterShift DAY = new RosterShift("day", LocalTime.of(9, 0), LocalTime.of(21, 0));
    static final RosterShift NIGHT = new RosterShift("night", LocalTime.of(21, 0), LocalTime.of(9, 0));
    static final RosterShift ALL_DAY = new RosterShift("all day", LocalTime.of(9, 0), LocalTime.of(9, 0));
    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 5);

    private Rosters() {
    }

    static Roster roster(ZoneId zone, LocalDate start, Roster.RotationUnit rotation, List<RosterShift> shifts,
            List<RosterMember> members, Optional<Integer> maxConsecutiveDays) {
        return new Roster("Test Roster", Optional.empty(), zone, Optional.empty(), start, rotation, shifts, members,
                maxConsecutiveDays, Optional.empty(), Origin.at(SourceLocation.startOf("roster.yaml")));
    }

    static Roster daily(List<RosterShift> shifts, List<RosterMember> members) {
        return roster(ZoneId.of("Asia/Tokyo"), FIRST_MONDAY, Roster.RotationUnit.DAILY, shifts, members, Optional.empty());
    }

    static RosterMember member(String name, DayOfWeek... daysOff) {
        return new RosterMember(name + "@example.com", Set.of(daysOff), Optional.empty(), Optional.empty());
    }

    static RosterMember onShift(String name, String shift, DayOfWeek... daysOff) {
        return new RosterMember(name + "@example.com", Set.of(daysOff), Optional.of(shift), Optional.empty());
    }
}
