package io.pdgitops.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The readable form of a rendering that golden files hold: one line per entry in the schedule's
 * zone, with its length, and the coverage of each track.
 */
final class GoldenText {

    private GoldenText() {
    }

    static String of(ScheduleDefinition schedule, RenderedSchedule rendered) {
        ZoneId zone = schedule.timeZone();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rendered.layers().size(); i++) {
            track(text, "layer " + (i + 1) + " " + schedule.layers().get(i).name(), rendered.layers().get(i), zone);
        }
        track(text, "overrides", rendered.overrides(), zone);
        track(text, "final", rendered.finalSchedule(), zone);
        text.append("gaps\n");
        for (RenderedSchedule.Gap gap : rendered.gaps()) {
            text.append("  ").append(span(gap.start(), gap.end(), zone)).append('\n');
        }
        return text.toString();
    }

    private static void track(StringBuilder text, String title, RenderedTrack track, ZoneId zone) {
        text.append(title)
                .append(String.format(Locale.ROOT, " (coverage %.2f %%)", track.coveragePercentage()))
                .append('\n');
        List<Entry> entries = track.entries();
        for (Entry entry : entries) {
            text.append("  ").append(span(entry.start(), entry.end(), zone)).append(' ').append(entry.user()).append('\n');
        }
    }

    private static String span(Instant start, Instant end, ZoneId zone) {
        return start.atZone(zone).toOffsetDateTime() + " .. " + end.atZone(zone).toOffsetDateTime()
                + " (" + length(Duration.between(start, end)) + ")";
    }

    private static String length(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        return minutes == 0 ? hours + "h" : hours + "h" + minutes + "m";
    }
}
