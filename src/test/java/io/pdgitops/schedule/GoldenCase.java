package io.pdgitops.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * One golden calendar: {@code input.yaml} (the schedule in PagerDuty's field names, the window, the
 * rendering choices that differ from the defaults, and a description of what a person expects) and
 * {@code expected.txt} (the rendering, one line per entry).
 */
record GoldenCase(String name, ScheduleDefinition schedule, Window window, RenderingChoices choices) {

    static GoldenCase read(Path directory) throws IOException {
        Map<String, Object> input = map(new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(directory.resolve("input.yaml"))));
        if (!(input.get("description") instanceof String description) || description.isBlank()) {
            throw new IllegalStateException(directory + "/input.yaml must say what a person expects and why");
        }
        Map<String, Object> window = map(input.get("window"));
        return new GoldenCase(
                directory.getFileName().toString(),
                new ScheduleDefinition(
                        ZoneId.of((String) input.get("time_zone")),
                        list(input.get("layers")).stream().map(GoldenCase::layer).toList(),
                        list(input.get("overrides")).stream().map(GoldenCase::override).toList()),
                new Window(instant(window.get("since")), instant(window.get("until")),
                        Boolean.TRUE.equals(window.get("overflow"))),
                choices(input));
    }

    private static RenderingChoices choices(Map<String, Object> input) {
        RenderingChoices choices = RenderingChoices.DEFAULTS;
        if (input.get("handoff_model") instanceof String model) {
            choices = choices.withWholeDayTurns(HandoffModel.valueOf(model));
        }
        if (input.get("restriction_end") instanceof String end) {
            choices = choices.withRestrictionEnd(RestrictionEnd.valueOf(end));
        }
        if (input.get("merge_layer_entries") instanceof Boolean merge) {
            choices = choices.withMergeLayerEntries(merge);
        }
        return choices;
    }

    private static Layer layer(Object yaml) {
        Map<String, Object> layer = map(yaml);
        return new Layer(
                (String) layer.get("name"),
                instant(layer.get("start")),
                layer.get("end") == null ? null : instant(layer.get("end")),
                instant(layer.get("rotation_virtual_start")),
                Duration.ofSeconds(((Number) layer.get("rotation_turn_length_seconds")).longValue()),
                list(layer.get("users")).stream().map(String.class::cast).toList(),
                list(layer.get("restrictions")).stream().map(GoldenCase::restriction).toList());
    }

    private static Restriction restriction(Object yaml) {
        Map<String, Object> restriction = map(yaml);
        LocalTime start = LocalTime.parse((String) restriction.get("start_time_of_day"));
        Duration duration = Duration.ofSeconds(((Number) restriction.get("duration_seconds")).longValue());
        return switch ((String) restriction.get("type")) {
            case "daily_restriction" -> Restriction.daily(start, duration);
            case "weekly_restriction" -> Restriction.weekly(
                    DayOfWeek.of(((Number) restriction.get("start_day_of_week")).intValue()), start, duration);
            default -> throw new IllegalStateException("unknown restriction type " + restriction.get("type"));
        };
    }

    private static ScheduleOverride override(Object yaml) {
        Map<String, Object> override = map(yaml);
        return new ScheduleOverride(
                (String) override.get("user"),
                instant(override.get("start")),
                instant(override.get("end")),
                ((Number) override.get("created_sequence")).longValue());
    }

    private static Instant instant(Object yaml) {
        return OffsetDateTime.parse((String) yaml).toInstant();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        return (Map<String, Object>) yaml;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object yaml) {
        return yaml == null ? List.of() : (List<Object>) yaml;
    }
}
