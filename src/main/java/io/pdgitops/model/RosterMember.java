package io.pdgitops.model;

import java.time.DayOfWeek;
import java.util.Optional;
import java.util.Set;

/**
 * One person in a roster.
 *
 * @param user login email
 * @param daysOff weekdays on which the member takes no shift that starts on that day
 * @param shift the only shift the member takes, by name; empty means any shift
 * @param site where the member works, for reports
 */
public record RosterMember(String user, Set<DayOfWeek> daysOff, Optional<String> shift, Optional<String> site) {

    public RosterMember {
        daysOff = Set.copyOf(daysOff);
    }

    public boolean worksOn(DayOfWeek day) {
        return !daysOff.contains(day);
    }

    public boolean takes(String shiftName) {
        return shift.map(shiftName::equals).orElse(true);
    }
}
