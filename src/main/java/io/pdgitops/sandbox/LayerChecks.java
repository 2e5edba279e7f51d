package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.schedule.LayerTimeRange;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks PagerDuty applies to a schedule layer (mirrored by the Terraform provider): turn
 * length between an hour and a year, restriction lengths by kind, whole minutes where PagerDuty
 * would otherwise fail.
 */
final class LayerChecks {

    static final long MIN_TURN_SECONDS = 3_600;
    static final long MAX_TURN_SECONDS = 31_536_000;
    static final long DAY_SECONDS = 86_400;
    static final long WEEK_SECONDS = 604_800;
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{2}:\\d{2}:\\d{2}");

    private LayerChecks() {
    }

    static void check(ObjectNode layer, SandboxState state) {
        Instant start = Checks.timestamp(layer, "start");
        Instant virtualStart = Checks.timestamp(layer, "rotation_virtual_start");
        requireInRange(start, "Start");
        requireInRange(virtualStart, "Rotation virtual start");
        if (!Timestamps.wholeMinute(virtualStart)) {
            throw PagerDutyError.invalid("Rotation virtual start must not have seconds");
        }
        if (layer.hasNonNull("end")) {
            Instant end = Checks.timestamp(layer, "end");
            requireInRange(end, "End");
            if (!Timestamps.wholeMinute(end)) {
                throw PagerDutyError.invalid("End must not have seconds");
            }
            if (!end.isAfter(start)) {
                throw PagerDutyError.invalid("End must be after start");
            }
        }
        JsonNode turn = layer.get("rotation_turn_length_seconds");
        if (turn == null || !turn.canConvertToLong() || turn.asLong() < MIN_TURN_SECONDS || turn.asLong() > MAX_TURN_SECONDS) {
            throw PagerDutyError.invalid("Rotation turn length seconds must be between " + MIN_TURN_SECONDS + " and " + MAX_TURN_SECONDS);
        }
        List<JsonNode> users = Json.elements(layer.get("users"));
        if (users.isEmpty()) {
            throw PagerDutyError.invalid("Schedule layer users can't be empty");
        }
        for (JsonNode user : users) {
            String id = user.path("user").path("id").asText("");
            if (state.find(Kind.USERS, id).isEmpty()) {
                throw PagerDutyError.invalid("User " + id + " Not Found");
            }
        }
        for (JsonNode restriction : Json.elements(layer.get("restrictions"))) {
            checkRestriction(restriction);
        }
    }

    /**
     * PagerDuty documents no range for layer times; the sandbox refuses what its renderer cannot render, the same
     * range {@code validate} checks offline ({@link LayerTimeRange}), in PagerDuty's words for invalid input.
     */
    private static void requireInRange(Instant time, String field) {
        if (!LayerTimeRange.contains(time)) {
            throw PagerDutyError.invalid(field + " must be between " + LayerTimeRange.EARLIEST + " and "
                    + LayerTimeRange.END + " (exclusive)");
        }
    }

    private static void checkRestriction(JsonNode restriction) {
        String startTime = restriction.path("start_time_of_day").asText("");
        try {
            if (!TIME_OF_DAY.matcher(startTime).matches()) {
                throw new DateTimeParseException("not HH:mm:ss", startTime, 0);
            }
            LocalTime.parse(startTime);
        } catch (DateTimeParseException e) {
            throw PagerDutyError.invalid("Restriction start_time_of_day must be HH:mm:ss, got '" + startTime + "'");
        }
        long duration = restriction.path("duration_seconds").asLong(-1);
        boolean hasDay = restriction.hasNonNull("start_day_of_week");
        switch (restriction.path("type").asText("")) {
            case "daily_restriction" -> {
                if (hasDay) {
                    throw PagerDutyError.invalid("start_day_of_week is only allowed on weekly restrictions");
                }
                if (duration < 1 || duration >= DAY_SECONDS) {
                    throw PagerDutyError.invalid("A daily restriction must last between 1 and " + (DAY_SECONDS - 1) + " seconds");
                }
            }
            case "weekly_restriction" -> {
                int day = restriction.path("start_day_of_week").asInt(0);
                if (day < 1 || day > 7) {
                    throw PagerDutyError.invalid("A weekly restriction needs start_day_of_week between 1 (Monday) and 7 (Sunday)");
                }
                if (duration < 1 || duration >= WEEK_SECONDS) {
                    throw PagerDutyError.invalid("A weekly restriction must last between 1 and " + (WEEK_SECONDS - 1) + " seconds");
                }
            }
            default -> throw PagerDutyError.invalid("Restriction type must be daily_restriction or weekly_restriction");
        }
    }
}
