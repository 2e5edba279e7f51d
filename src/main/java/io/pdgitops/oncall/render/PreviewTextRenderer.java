package io.pdgitops.oncall.render;

import io.pdgitops.model.DisplayText;
import io.pdgitops.oncall.SchedulePreview;
import io.pdgitops.oncall.TimeRange;
import io.pdgitops.schedule.Entry;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A preview for terminals: one line per shift, then coverage, gaps and on-call time per person. Names from Git are
 * escaped ({@link DisplayText}), so none can break a line or repaint the terminal.
 */
public final class PreviewTextRenderer {

    public String render(SchedulePreview preview) {
        ZoneId zone = preview.timeZone();
        StringBuilder out = new StringBuilder();
        out.append("Schedule ").append(DisplayText.escape(preview.schedule())).append(" (").append(zone).append(")\n");
        out.append("From ").append(PreviewTimes.local(preview.range().start(), zone))
                .append(" to ").append(PreviewTimes.local(preview.range().end(), zone)).append("\n\n");
        for (Entry shift : preview.shifts()) {
            out.append(PreviewTimes.local(shift.start(), zone)).append(" - ").append(PreviewTimes.local(shift.end(), zone))
                    .append(String.format(Locale.ROOT, " %6s  ", PreviewTimes.hours(shift.start(), shift.end())))
                    .append(DisplayText.escape(shift.user())).append('\n');
        }
        out.append('\n').append(String.format(Locale.ROOT, "Coverage %.2f %%", preview.coveragePercentage()));
        out.append(preview.gaps().isEmpty() ? ", no gaps\n" : ", " + preview.gaps().size() + " gaps:\n");
        for (TimeRange gap : preview.gaps()) {
            out.append("  ").append(PreviewTimes.local(gap.start(), zone)).append(" - ").append(PreviewTimes.local(gap.end(), zone))
                    .append(String.format(Locale.ROOT, " %6s", PreviewTimes.hours(gap.length()))).append('\n');
        }
        out.append("\nOn-call time\n");
        preview.timeByPerson().forEach((person, time) ->
                out.append(String.format(Locale.ROOT, "  %6s  %s%n", PreviewTimes.hours(time), DisplayText.escape(person))));
        return out.toString();
    }
}
