package io.pdgitops.imports.nagios;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a Nagios time period means for PagerDuty: always (24x7), or business hours that a service's
 * {@code support_hours} can hold (one time range, the same on every day it names), or something PagerDuty cannot
 * express (exclusions, date exceptions and holidays, several ranges in a day, different hours on different days, a
 * range that ends at 24:00), with the line that makes it so.
 *
 * @param days the days of the business hours, Monday first; empty when always or not expressible
 * @param reason why it cannot be expressed; empty when it can
 */
public record BusinessHours(List<DayOfWeek> days, LocalTime start, LocalTime end, Optional<NagiosProblem> reason) {

    public BusinessHours {
        days = List.copyOf(days);
    }

    private static final BusinessHours ALWAYS = new BusinessHours(List.of(), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
            Optional.empty());

    /** Whether this is every minute of every day: nothing to express. */
    public boolean always() {
        return days.isEmpty() && reason.isEmpty();
    }

    public static BusinessHours of(NagiosTimeperiod period) {
        if (period.exclude().isPresent()) {
            return unexpressible(period.exclude().get().location(), "time period `" + period.name() + "` excludes `"
                    + period.exclude().get().value().strip() + "`; PagerDuty support hours have no exclusions");
        }
        Map<DayOfWeek, String> ranges = new TreeMap<>();
        for (Map.Entry<String, Attribute> entry : period.entries().entrySet()) {
            Optional<DayOfWeek> day = weekday(entry.getKey());
            NagiosLocation at = entry.getValue().location();
            if (day.isEmpty()) {
                return unexpressible(at, "time period `" + period.name() + "` has the date exception `" + entry.getKey()
                        + "`; PagerDuty support hours hold no dates or holidays");
            }
            String value = entry.getValue().value().replaceAll("\\s+", "");
            if (value.contains(",")) {
                return unexpressible(at, "time period `" + period.name() + "` has several ranges on " + entry.getKey()
                        + " (" + value + "); PagerDuty support hours are one range a day");
            }
            if (!value.isEmpty()) {
                ranges.put(day.get(), value);
            }
        }
        if (ranges.isEmpty()) {
            return unexpressible(period.location(), "time period `" + period.name() + "` has no time at all; "
                    + "Nagios never notifies in it");
        }
        List<String> distinct = ranges.values().stream().distinct().toList();
        if (distinct.size() > 1) {
            return unexpressible(period.location(), "time period `" + period.name() + "` has different hours on "
                    + "different days (" + String.join(", ", distinct) + "); PagerDuty support hours are one range for "
                    + "all their days");
        }
        String[] bounds = distinct.get(0).split("-");
        if (ranges.size() == 7 && distinct.get(0).equals("00:00-24:00")) {
            return ALWAYS;
        }
        if (bounds.length != 2 || !bounds[0].matches("\\d{1,2}:\\d{2}") || !bounds[1].matches("\\d{1,2}:\\d{2}")) {
            return unexpressible(period.location(), "time period `" + period.name() + "` has the range `"
                    + distinct.get(0) + "`, not HH:MM-HH:MM");
        }
        if (bounds[1].equals("24:00")) {
            return unexpressible(period.location(), "time period `" + period.name() + "` ends at 24:00 without "
                    + "being every whole day; PagerDuty support hours end by 23:59");
        }
        LocalTime start = time(bounds[0]);
        LocalTime end = time(bounds[1]);
        if (!start.isBefore(end)) {
            return unexpressible(period.location(), "time period `" + period.name() + "` has the empty range `"
                    + distinct.get(0) + "`");
        }
        return new BusinessHours(new ArrayList<>(ranges.keySet()), start, end, Optional.empty());
    }

    private static LocalTime time(String text) {
        String[] parts = text.split(":");
        return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    private static Optional<DayOfWeek> weekday(String day) {
        try {
            return Optional.of(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notAWeekday) {
            return Optional.empty();
        }
    }

    private static BusinessHours unexpressible(NagiosLocation at, String why) {
        return new BusinessHours(List.of(), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
                Optional.of(new NagiosProblem(at, why)));
    }
}
