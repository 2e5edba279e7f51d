package io.pdgitops.oncall.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.oncall.SchedulePreview;
import io.pdgitops.oncall.TimeRange;
import io.pdgitops.schedule.Entry;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;

/** A preview as JSON in the shape {@value #FORMAT}: times as ISO-8601 with the schedule's offset. */
public final class PreviewJsonRenderer {

    public static final String FORMAT = "pd-gitops/preview/v1";

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String render(SchedulePreview preview) {
        ZoneId zone = preview.timeZone();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("schedule", preview.schedule());
        root.put("time_zone", zone.getId());
        root.put("from", time(preview.range().start(), zone));
        root.put("until", time(preview.range().end(), zone));
        root.put("coverage_percentage", preview.coveragePercentage());
        ArrayNode shifts = root.putArray("shifts");
        for (Entry shift : preview.shifts()) {
            ObjectNode node = shifts.addObject();
            node.put("start", time(shift.start(), zone));
            node.put("end", time(shift.end(), zone));
            node.put("user", shift.user());
            node.put("seconds", shift.end().getEpochSecond() - shift.start().getEpochSecond());
        }
        ArrayNode gaps = root.putArray("gaps");
        for (TimeRange gap : preview.gaps()) {
            gaps.addObject().put("start", time(gap.start(), zone)).put("end", time(gap.end(), zone))
                    .put("seconds", gap.length().getSeconds());
        }
        ObjectNode people = root.putObject("seconds_by_user");
        preview.timeByPerson().forEach((person, time) -> people.put(person, time.getSeconds()));
        return write(root);
    }

    static String time(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime().toString();
    }

    static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
