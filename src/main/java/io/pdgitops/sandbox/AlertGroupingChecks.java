package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** What PagerDuty refuses in a service's {@code alert_grouping_parameters}: the spec's types and ranges. */
final class AlertGroupingChecks {

    private static final Set<String> TYPES = Set.of("time", "intelligent", "content_based");

    private AlertGroupingChecks() {
    }

    static void check(JsonNode grouping) {
        if (grouping == null || grouping.isNull() || grouping.isMissingNode()) {
            return;
        }
        JsonNode type = grouping.path("type");
        if (type.isNull() || type.isMissingNode()) {
            return;
        }
        JsonNode config = grouping.path("config");
        switch (type.asText()) {
            case "time" -> range(config, "timeout", 0, 1440, "Timeout must be 0 or 1 to 1440 minutes");
            case "intelligent" -> window(config, false);
            case "content_based" -> {
                if (!Set.of("all", "any").contains(config.path("aggregate").asText())) {
                    throw PagerDutyError.invalid("Aggregate must be all or any");
                }
                if (!config.path("fields").isArray() || config.path("fields").isEmpty()) {
                    throw PagerDutyError.invalid("Fields can't be blank");
                }
                window(config, true);
            }
            default -> throw PagerDutyError.invalid("Alert grouping type must be one of " + String.join(", ",
                    TYPES.stream().sorted().toList()));
        }
    }

    private static void window(JsonNode config, boolean dayAllowed) {
        JsonNode window = config.path("time_window");
        if (window.isMissingNode() || window.isNull()) {
            return;
        }
        int seconds = window.asInt(-1);
        boolean allowed = seconds == 0 || seconds >= 300 && seconds <= 3600 || dayAllowed && seconds == 86400;
        if (!window.canConvertToInt() || !allowed) {
            throw PagerDutyError.invalid("Time window must be 0 or 300 to 3600 seconds" + (dayAllowed ? ", or 86400" : ""));
        }
    }

    private static void range(JsonNode config, String field, int low, int high, String message) {
        JsonNode value = config.path(field);
        if (!value.isMissingNode() && !value.isNull()
                && (!value.canConvertToInt() || value.asInt() < low || value.asInt() > high)) {
            throw PagerDutyError.invalid(message);
        }
    }
}
