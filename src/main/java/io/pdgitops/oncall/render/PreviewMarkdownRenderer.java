package io.pdgitops.oncall.render;

import io.pdgitops.oncall.SchedulePreview;
import io.pdgitops.oncall.TimeRange;
import io.pdgitops.schedule.Entry;
import java.time.ZoneId;
import java.util.Locale;

/** A preview for pull requests and wikis: a table of shifts, coverage, gaps and on-call time per person. */
public final class PreviewMarkdownRenderer {

    public String render(SchedulePreview preview) {
        ZoneId zone = preview.timeZone();
        StringBuilder out = new StringBuilder();
        out.append("### ").append(Markdown.text(preview.schedule())).append(" (").append(zone).append(")\n\n");
        out.append(PreviewTimes.local(preview.range().start(), zone)).append(" to ")
                .append(PreviewTimes.local(preview.range().end(), zone)).append("\n\n");
        out.append("| From | To | Hours | On call |\n|---|---|---|---|\n");
        for (Entry shift : preview.shifts()) {
            out.append("| ").append(PreviewTimes.local(shift.start(), zone))
                    .append(" | ").append(PreviewTimes.local(shift.end(), zone))
                    .append(" | ").append(PreviewTimes.hours(shift.start(), shift.end()))
                    .append(" | ").append(Markdown.cell(shift.user())).append(" |\n");
        }
        out.append('\n').append(String.format(Locale.ROOT, "**Coverage %.2f %%**", preview.coveragePercentage()));
        out.append(preview.gaps().isEmpty() ? ", no gaps.\n" : ", " + preview.gaps().size() + " gaps:\n\n");
        for (TimeRange gap : preview.gaps()) {
            out.append("- ").append(PreviewTimes.local(gap.start(), zone)).append(" to ").append(PreviewTimes.local(gap.end(), zone))
                    .append(" (").append(PreviewTimes.hours(gap.length())).append(")\n");
        }
        out.append("\n| Person | On-call time |\n|---|---|\n");
        preview.timeByPerson().forEach((person, time) ->
                out.append("| ").append(Markdown.cell(person)).append(" | ").append(PreviewTimes.hours(time)).append(" |\n"));
        return out.toString();
    }
}
