package io.pdgitops.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.model.AutoPauseNotifications;
import io.pdgitops.model.ScheduledAction;
import io.pdgitops.model.SupportHours;
import io.pdgitops.model.UrgencyRule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The service settings that PagerDuty keeps as nested JSON ({@code incident_urgency_rule}, {@code support_hours},
 * {@code scheduled_actions}, {@code auto_pause_notifications_parameters}), in both directions, so that what apply
 * writes is exactly what the live reader understands.
 */
public final class ServiceJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ServiceJson() {
    }

    public static Optional<UrgencyRule> urgencyRule(JsonNode node) {
        if (!hasObject(node)) {
            return Optional.empty();
        }
        return Optional.of(new UrgencyRule(node.path("type").asText("constant"),
                text(node, "urgency"),
                urgencyRule(node.path("during_support_hours")),
                urgencyRule(node.path("outside_support_hours"))));
    }

    public static JsonNode write(UrgencyRule rule) {
        ObjectNode node = JSON.objectNode().put("type", rule.type());
        rule.urgency().ifPresent(urgency -> node.put("urgency", urgency));
        rule.duringSupportHours().ifPresent(during -> node.set("during_support_hours", write(during)));
        rule.outsideSupportHours().ifPresent(outside -> node.set("outside_support_hours", write(outside)));
        return node;
    }

    public static Optional<SupportHours> supportHours(JsonNode node) {
        if (!hasObject(node) || !node.hasNonNull("time_zone")) {
            return Optional.empty();
        }
        List<DayOfWeek> days = new ArrayList<>();
        node.path("days_of_week").forEach(day -> days.add(DayOfWeek.of(day.asInt() == 0 ? 7 : day.asInt())));
        return Optional.of(new SupportHours(ZoneId.of(node.path("time_zone").asText()), days,
                LocalTime.parse(node.path("start_time").asText()), LocalTime.parse(node.path("end_time").asText())));
    }

    public static JsonNode write(SupportHours hours) {
        ObjectNode node = JSON.objectNode()
                .put("type", "fixed_time_per_day")
                .put("time_zone", hours.timeZone().getId())
                .put("start_time", clock(hours.startTime()))
                .put("end_time", clock(hours.endTime()));
        ArrayNode days = node.putArray("days_of_week");
        hours.daysOfWeek().forEach(day -> days.add(day.getValue()));
        return node;
    }

    public static Optional<List<ScheduledAction>> scheduledActions(JsonNode node) {
        if (node == null || !node.isArray()) {
            return Optional.empty();
        }
        List<ScheduledAction> actions = new ArrayList<>();
        node.forEach(action -> actions.add(new ScheduledAction(action.path("at").path("name").asText())));
        return Optional.of(actions);
    }

    public static JsonNode write(List<ScheduledAction> actions) {
        ArrayNode array = JSON.arrayNode();
        for (ScheduledAction action : actions) {
            ObjectNode node = array.addObject().put("type", "urgency_change").put("to_urgency", "high");
            node.putObject("at").put("type", "named_time").put("name", action.at());
        }
        return array;
    }

    public static Optional<AutoPauseNotifications> autoPause(JsonNode node) {
        if (!hasObject(node)) {
            return Optional.empty();
        }
        return Optional.of(new AutoPauseNotifications(
                node.hasNonNull("enabled") ? Optional.of(node.get("enabled").asBoolean()) : Optional.empty(),
                node.hasNonNull("timeout") ? Optional.of(node.get("timeout").asInt()) : Optional.empty()));
    }

    public static JsonNode write(AutoPauseNotifications pause) {
        ObjectNode node = JSON.objectNode();
        pause.enabled().ifPresent(enabled -> node.put("enabled", enabled));
        pause.timeoutSeconds().ifPresent(timeout -> node.put("timeout", timeout));
        return node;
    }

    /** PagerDuty's {@code HH:mm:ss}. */
    public static String clock(LocalTime time) {
        return String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
    }

    private static boolean hasObject(JsonNode node) {
        return node != null && node.isObject();
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }
}
