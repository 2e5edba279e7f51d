package io.pdgitops.oncall;

import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.Schedule;
import io.pdgitops.schedule.Entry;
import io.pdgitops.schedule.RenderedSchedule;
import io.pdgitops.schedule.RenderingChoices;
import io.pdgitops.schedule.ScheduleRenderer;
import io.pdgitops.schedule.Window;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who is on call when in one schedule over a range: the final schedule's shifts (one per hand-off,
 * users by email), the share of the range that someone covers and every gap.
 *
 * @param coveragePercentage 0..100, rounded as {@link io.pdgitops.schedule.RenderingChoices} says
 */
public record SchedulePreview(
        String schedule,
        ZoneId timeZone,
        TimeRange range,
        List<Entry> shifts,
        double coveragePercentage,
        List<TimeRange> gaps) {

    /** One renderer per hand-off rule; a renderer keeps no state between renders. */
    private static final Map<DstHandOffs, ScheduleRenderer> RENDERERS = new EnumMap<>(DstHandOffs.class);

    static {
        for (DstHandOffs rule : DstHandOffs.values()) {
            RENDERERS.put(rule, new ScheduleRenderer(RenderingChoices.of(rule)));
        }
    }

    public SchedulePreview {
        shifts = List.copyOf(shifts);
        gaps = List.copyOf(gaps);
    }

    /**
     * @throws IllegalArgumentException when the schedule cannot be rendered (a validation error
     *     the caller should have reported first) or the range is longer than the renderer allows
     */
    public static SchedulePreview of(Schedule schedule, TimeRange range, DstHandOffs rule) {
        RenderedSchedule rendered = RENDERERS.get(rule).render(ScheduleDefinitions.of(schedule),
                new Window(range.start(), range.end(), false));
        return new SchedulePreview(
                schedule.name(),
                schedule.timeZone(),
                range,
                rendered.finalSchedule().entries(),
                rendered.finalSchedule().coveragePercentage(),
                rendered.gaps().stream().map(gap -> new TimeRange(gap.start(), gap.end())).toList());
    }

    /** On-call time per person (email), sorted by email. */
    public Map<String, Duration> timeByPerson() {
        Map<String, Duration> time = new TreeMap<>();
        for (Entry shift : shifts) {
            time.merge(shift.user(), Duration.between(shift.start(), shift.end()), Duration::plus);
        }
        return time;
    }

    /** The times someone is on call. */
    public List<TimeRange> covered() {
        return TimeRange.union(shifts.stream().map(shift -> new TimeRange(shift.start(), shift.end())).toList());
    }
}
