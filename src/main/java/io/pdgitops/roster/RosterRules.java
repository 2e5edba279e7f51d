package io.pdgitops.roster;

import io.pdgitops.model.FieldPath;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import io.pdgitops.model.RosterShift;
import io.pdgitops.validate.ViolationCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks on a roster's own fields that come before any search: shifts, names and members. */
final class RosterRules {

    private static final long MINUTES_PER_DAY = 24 * 60;

    private RosterRules() {
    }

    static List<RosterProblem> check(Roster roster) {
        List<RosterProblem> problems = new ArrayList<>();
        checkShifts(roster, problems);
        checkMembers(roster, problems);
        return problems;
    }

    private static void checkShifts(Roster roster, List<RosterProblem> problems) {
        List<RosterShift> shifts = roster.shifts();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < shifts.size(); i++) {
            if (!names.add(shifts.get(i).name())) {
                problems.add(new RosterProblem(ViolationCode.DUPLICATE_NAME, shiftPath(i, "name"),
                        "two shifts are named `" + shifts.get(i).name() + "`"));
            }
            for (int j = 0; j < i; j++) {
                if (overlap(shifts.get(j), shifts.get(i))) {
                    problems.add(new RosterProblem(ViolationCode.ROSTER_SHIFTS_OVERLAP, FieldPath.of("shifts", i),
                            "shift `" + shifts.get(i).name() + "` (" + span(shifts.get(i)) + ") overlaps shift `"
                                    + shifts.get(j).name() + "` (" + span(shifts.get(j)) + ")"));
                }
            }
        }
    }

    private static void checkMembers(Roster roster, List<RosterProblem> problems) {
        Set<String> shiftNames = new HashSet<>();
        roster.shifts().forEach(shift -> shiftNames.add(shift.name()));
        Set<String> users = new HashSet<>();
        List<RosterMember> members = roster.members();
        for (int i = 0; i < members.size(); i++) {
            RosterMember member = members.get(i);
            if (!users.add(member.user())) {
                problems.add(new RosterProblem(ViolationCode.ROSTER_DUPLICATE_MEMBER, memberPath(i, "user"),
                        member.user() + " is listed twice in roster `" + roster.name() + "`"));
            }
            String path = memberPath(i, "shift");
            member.shift().filter(name -> !shiftNames.contains(name)).ifPresent(name -> problems.add(
                    new RosterProblem(ViolationCode.ROSTER_UNKNOWN_SHIFT, path,
                            "`" + name + "` is not a shift of roster `" + roster.name() + "`; shifts: "
                                    + String.join(", ", roster.shifts().stream().map(RosterShift::name).toList()))));
        }
    }

    /** Shifts as arcs of a 24-hour circle; a 24-hour shift covers the whole circle. */
    private static boolean overlap(RosterShift a, RosterShift b) {
        long startA = a.start().toSecondOfDay() / 60;
        long startB = b.start().toSecondOfDay() / 60;
        long fromAToB = Math.floorMod(startB - startA, MINUTES_PER_DAY);
        long fromBToA = Math.floorMod(startA - startB, MINUTES_PER_DAY);
        return fromAToB < a.length().toMinutes() || fromBToA < b.length().toMinutes();
    }

    private static String span(RosterShift shift) {
        return shift.start() + "-" + shift.end();
    }

    private static String shiftPath(int index, String field) {
        return FieldPath.of("shifts", index, field);
    }

    private static String memberPath(int index, String field) {
        return FieldPath.of("members", index, field);
    }
}
