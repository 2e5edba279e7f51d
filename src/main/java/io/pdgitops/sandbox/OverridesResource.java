package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /schedules/{id}/overrides}: created in batches (201 with a status per item, some of which
 * may be rejected), removed whole when in the future and cut short when already under way.
 */
final class OverridesResource {

    private final Context context;

    OverridesResource(Context context) {
        this.context = context;
    }

    void register(Routes routes) {
        routes.add("GET", "/schedules/{id}/overrides", this::list)
                .add("POST", "/schedules/{id}/overrides", this::create)
                .add("DELETE", "/schedules/{id}/overrides/{override_id}", this::delete);
    }

    List<ObjectNode> ofSchedule(String scheduleId) {
        return context.state().matching(Kind.OVERRIDES, o -> o.path("schedule_id").asText().equals(scheduleId)).stream()
                .sorted(Comparator.comparing((ObjectNode o) -> o.path("start").asText()))
                .toList();
    }

    private RouteReply list(Call call) {
        ObjectNode schedule = context.state().require(Kind.SCHEDULES, call.id());
        if (call.request().queryValue("since").isEmpty() || call.request().queryValue("until").isEmpty()) {
            throw PagerDutyError.invalid("since and until are required");
        }
        RenderParameters window = RenderParameters.of(call.request(), ZoneId.of(schedule.path("time_zone").asText()), context.now());
        boolean editableOnly = call.request().queryValue("editable").map("true"::equalsIgnoreCase).orElse(false);
        ArrayNode list = Json.array();
        for (ObjectNode override : ofSchedule(call.id())) {
            Instant start = Instant.parse(override.path("start").asText());
            Instant end = Instant.parse(override.path("end").asText());
            boolean overlaps = start.isBefore(window.window().until()) && end.isAfter(window.window().since());
            if (overlaps && (!editableOnly || start.isAfter(context.now()))) {
                list.add(view(override, window.zone()));
            }
        }
        return RouteReply.ok(Json.wrap("overrides", list));
    }

    private RouteReply create(Call call) {
        ObjectNode schedule = context.state().require(Kind.SCHEDULES, call.id());
        ZoneId zone = ZoneId.of(schedule.path("time_zone").asText());
        JsonNode body = Json.parse(call.request().body());
        if (body.path("override").isObject()) {
            // The deprecated single form answers with the override alone, or an error for the request.
            ObjectNode item = createOne(call.id(), body.get("override"), zone);
            if (item.path("status").asInt() != 201) {
                throw PagerDutyError.invalid(Json.elements(item.get("errors")).stream().map(JsonNode::asText).toArray(String[]::new));
            }
            return RouteReply.created(Json.wrap("override", item.get("override")));
        }
        List<JsonNode> items = Json.elements(body.get("overrides"));
        if (items.isEmpty()) {
            throw PagerDutyError.invalid("Overrides must be a non-empty array");
        }
        ArrayNode results = Json.array();
        items.forEach(item -> results.add(createOne(call.id(), item, zone)));
        return RouteReply.created(results);
    }

    private ObjectNode createOne(String scheduleId, JsonNode item, ZoneId zone) {
        ObjectNode result = Json.object();
        try {
            Instant start = Checks.timestamp(item, "start");
            Instant end = Checks.timestamp(item, "end");
            String userId = item.path("user").path("id").asText("");
            if (!end.isAfter(start)) {
                throw PagerDutyError.invalid("Override must end after its start");
            }
            if (!end.isAfter(context.now())) {
                throw PagerDutyError.invalid("Override must end in the future");
            }
            if (context.state().find(Kind.USERS, userId).isEmpty()) {
                throw PagerDutyError.invalid("User " + userId + " Not Found");
            }
            ObjectNode override = Json.object();
            override.put("id", context.state().newOverrideId());
            override.put("schedule_id", scheduleId);
            override.put("start", start.toString());
            override.put("end", end.toString());
            override.set("user", Json.object().put("id", userId).put("type", "user_reference"));
            override.put("sequence", context.state().nextSequence());
            context.state().put(Kind.OVERRIDES, override.path("id").asText(), override);
            result.put("status", 201);
            result.set("override", view(override, zone));
        } catch (PagerDutyError rejected) {
            result.put("status", rejected.status());
            ArrayNode errors = result.putArray("errors");
            rejected.errors().forEach(errors::add);
            result.set("override", item.deepCopy());
        }
        return result;
    }

    private RouteReply delete(Call call) {
        context.state().require(Kind.SCHEDULES, call.id());
        ObjectNode override = context.state().require(Kind.OVERRIDES, call.param("override_id"));
        if (!override.path("schedule_id").asText().equals(call.id())) {
            throw PagerDutyError.notFound();
        }
        Instant now = context.now();
        Instant start = Instant.parse(override.path("start").asText());
        Instant end = Instant.parse(override.path("end").asText());
        if (!end.isAfter(now)) {
            throw PagerDutyError.invalid("Past overrides cannot be removed");
        }
        if (start.isBefore(now)) {
            override.put("end", now.toString());
            return new RouteReply(200, null);
        }
        context.state().remove(Kind.OVERRIDES, call.param("override_id"));
        return RouteReply.noContent();
    }

    private ObjectNode view(ObjectNode override, ZoneId zone) {
        ObjectNode view = Json.object();
        view.put("id", override.path("id").asText());
        view.put("start", Timestamps.reformat(override.path("start").asText(), zone));
        view.put("end", Timestamps.reformat(override.path("end").asText(), zone));
        view.set("user", context.refs().user(override.path("user").path("id").asText()));
        return view;
    }
}
