package io.pdgitops.oncall.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.oncall.SchedulePreview;
import io.pdgitops.oncall.TimeRange;
import io.pdgitops.schedule.Entry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewIcsRendererTest {

    private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-06T00:00:00Z");

    private static SchedulePreview preview(String name, String user) {
        return new SchedulePreview(name, ZoneId.of("Asia/Tokyo"), new TimeRange(T0, T2),
                List.of(new Entry(user, T0, T1), new Entry("b@example.com", T1, T2)), 100, List.of());
    }

    @Test
    void writesOneEventPerShiftInUtcWithCrlfLineEnds() {
        String ics = new PreviewIcsRenderer().render(preview("Ops", "a@example.com"), Instant.parse("2026-01-01T12:00:00Z"));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(ics).contains("DTSTART:20260105T000000Z\r\nDTEND:20260105T090000Z\r\n")
                .contains("DTSTAMP:20260101T120000Z\r\n")
                .contains("SUMMARY:On call: a@example.com (Ops)\r\n");
        assertThat(Arrays.stream(ics.split("\r\n")).filter(line -> line.startsWith("UID:")).distinct()).hasSize(2);
    }

    @Test
    void theSameShiftKeepsItsUidAcrossExports() {
        String first = new PreviewIcsRenderer().render(preview("Ops", "a@example.com"), T0);
        String later = new PreviewIcsRenderer().render(preview("Ops", "a@example.com"), T2);

        assertThat(uids(first)).isEqualTo(uids(later));
        assertThat(uids(new PreviewIcsRenderer().render(preview("Ops", "c@example.com"), T0)).get(0))
                .isNotEqualTo(uids(first).get(0));
    }

    @Test
    void escapesTextAndFoldsLongLinesAt75OctetsWithoutSplittingCharacters() {
        String name = "東京, 大阪; 夜間\\当番 " + "とても長いスケジュールの名前".repeat(4);
        String ics = new PreviewIcsRenderer().render(preview(name, "a@example.com"), T0);

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("X-WR-CALNAME:On call: 東京\\, 大阪\\; 夜間\\\\当番 ");
        assertThat(unfolded).contains("とても長いスケジュールの名前".repeat(4) + ")\r\n");
    }

    private static List<String> uids(String ics) {
        return Arrays.stream(ics.split("\r\n")).filter(line -> line.startsWith("UID:")).toList();
    }
}
