package io.pdgitops.examples;

import io.pdgitops.model.LayerRestriction;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The weekdays on which each member of a schedule can be on call, worked out from the restrictions of
 * the layers they are in. A day counts when any restriction window touches it, so a night shift that
 * crosses midnight counts for both days.
 */
final class WorkingDays {

    private static final long DAY = 86_400;

    private WorkingDays() {}

    /** A roster states the days off directly. */
    static Map<String, Set<DayOfWeek>> perMember(Roster roster) {
        Map<String, Set<DayOfWeek>> days = new TreeMap<>();
        for (RosterMember member : roster.members()) {
            Set<DayOfWeek> working = EnumSet.allOf(DayOfWeek.class);
            working.removeAll(member.daysOff());
            days.put(member.user(), working);
        }
        return days;
    }

    static Map<String, Set<DayOfWeek>> perMember(Schedule schedule) {
        Map<String, Set<DayOfWeek>> days = new TreeMap<>();
        for (ScheduleLayer layer : schedule.layers()) {
            Set<DayOfWeek> layerDays = ofLayer(layer.restrictions());
            for (String user : layer.users()) {
                days.computeIfAbsent(user, u -> EnumSet.noneOf(DayOfWeek.class)).addAll(layerDays);
            }
        }
        return days;
    }

    static Set<DayOfWeek> ofLayer(List<LayerRestriction> restrictions) {
        if (restrictions.isEmpty()) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (LayerRestriction restriction : restrictions) {
            days.addAll(ofRestriction(restriction));
        }
        return days;
    }

    static Set<DayOfWeek> ofRestriction(LayerRestriction restriction) {
        if (restriction.type() != LayerRestriction.Type.WEEKLY) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        DayOfWeek first = restriction.startDayOfWeek().orElseThrow();
        long startSecond = restriction.startTimeOfDay().toSecondOfDay();
        long lastSecond = startSecond + restriction.duration().toSeconds() - 1;
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (long day = 0; day <= lastSecond / DAY; day++) {
            days.add(first.plus(day));
        }
        return days;
    }
}
