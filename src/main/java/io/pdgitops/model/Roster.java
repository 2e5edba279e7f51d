package io.pdgitops.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A declared roster: people with weekly days off who share daily shifts. It is not sent to
 * PagerDuty as such; the loader compiles it into an ordinary {@link Schedule} of the same name.
 *
 * @param timeZone the declared zone, or {@code defaults.time_zone} from {@code pd-gitops.yaml}
 * @param start the first day of the rotation, in {@code timeZone}
 * @param shifts in declaration order; each becomes one layer, in this order
 * @param members in declaration order, which breaks ties between equally loaded members
 * @param maxConsecutiveDays most days in a row a member may have a shift
 * @param coverage the hours the compiled schedule must cover, kept for the coverage rule
 */
public record Roster(
        String name,
        Optional<String> description,
        ZoneId timeZone,
        Optional<List<String>> teams,
        LocalDate start,
        RotationUnit rotation,
        List<RosterShift> shifts,
        List<RosterMember> members,
        Optional<Integer> maxConsecutiveDays,
        Optional<Coverage> coverage,
        Origin origin) {

    /** The spelling used in the {@code kind} field. */
    public static final String KIND = "Roster";

    public Roster {
        teams = teams.map(List::copyOf);
        shifts = List.copyOf(shifts);
        members = List.copyOf(members);
    }

    /** How often a shift may change hands. */
    public enum RotationUnit { DAILY, WEEKLY }
}
