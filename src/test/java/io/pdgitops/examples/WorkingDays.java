package io.pdgitops.examples;

import java.time.DayOfWeek;
import java.time.LocalTime;
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

    @SuppressWarnings("unchecked")
    static Map<String, Set<DayOfWeek>> perMember(ConfigDocument schedule) {
        Map<String, Set<DayOfWeek>> days = new TreeMap<>();
        for (Map<String, Object> layer : schedule.list("layers")) {
            Set<DayOfWeek> layerDays = ofLayer((List<Map<String, Object>>) layer.getOrDefault("restrictions", List.of()));
            for (String user : (List<String>) layer.get("users")) {
                days.computeIfAbsent(user, u -> EnumSet.noneOf(DayOfWeek.class)).addAll(layerDays);
            }
        }
        return days;
    }

    static Set<DayOfWeek> ofLayer(List<Map<String, Object>> restrictions) {
        if (restrictions.isEmpty()) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Map<String, Object> restriction : restrictions) {
            days.addAll(ofRestriction(restriction));
        }
        return days;
    }

    static Set<DayOfWeek> ofRestriction(Map<String, Object> restriction) {
        if (!"weekly".equals(restriction.get("type"))) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        DayOfWeek first = dayOfWeek((String) restriction.get("start_day_of_week"));
        long startSecond = LocalTime.parse((String) restriction.get("start_time_of_day")).toSecondOfDay();
        long lastSecond = startSecond + Durations.seconds(restriction.get("duration")) - 1;
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (long day = 0; day <= lastSecond / DAY; day++) {
            days.add(first.plus(day));
        }
        return days;
    }

    static DayOfWeek dayOfWeek(String shortName) {
        return switch (shortName) {
            case "mon" -> DayOfWeek.MONDAY;
            case "tue" -> DayOfWeek.TUESDAY;
            case "wed" -> DayOfWeek.WEDNESDAY;
            case "thu" -> DayOfWeek.THURSDAY;
            case "fri" -> DayOfWeek.FRIDAY;
            case "sat" -> DayOfWeek.SATURDAY;
            case "sun" -> DayOfWeek.SUNDAY;
            default -> throw new IllegalArgumentException("not a day of the week: " + shortName);
        };
    }
}
