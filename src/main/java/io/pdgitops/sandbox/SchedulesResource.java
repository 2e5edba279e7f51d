package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.schedule.Entry;
import io.pdgitops.schedule.RenderedSchedule;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /schedules} in PagerDuty's layer model. Three behaviours clients trip over are reproduced
 * on purpose: layers are ended rather than deleted, reads list layers in the reverse of the order
 * they were written in, and a layer start in the past becomes the time of the write.
 */
final class SchedulesResource {

    private static final Set<String> READ_ONLY = Set.of("id", "type", "summary", "self", "html_url", "final_schedule",
            "overrides_subschedule", "escalation_policies", "users", "next_oncall_for_user");
    private static final Set<String> LAYER_READ_ONLY = Set.of("rendered_schedule_entries", "rendered_coverage_percentage");

    private final Context context;
    private final ScheduleRendering rendering;
    private final OverridesResource overrides;
    private final UsersResource users;

    SchedulesResource(Context context, OverridesResource overrides, UsersResource users) {
        this.context = context;
        this.rendering = new ScheduleRendering(context.refs(), context.dstHandOffs());
        this.overrides = overrides;
        this.users = users;
        context.refs().expandWith(Kind.SCHEDULES, schedule -> view(schedule, ZoneId.of(schedule.path("time_zone").asText())));
    }

    void register(Routes routes) {
        routes.add("GET", "/schedules", this::list)
                .add("POST", "/schedules", this::create)
                .add("POST", "/schedules/preview", this::preview)
                .add("GET", "/schedules/{id}", call -> RouteReply.ok(Json.wrap("schedule",
                        renderedView(context.state().require(Kind.SCHEDULES, call.id()), call.request()))))
                .add("PUT", "/schedules/{id}", this::update)
                .add("DELETE", "/schedules/{id}", this::delete)
                .add("GET", "/schedules/{id}/users", this::onCallUsers);
    }

    private RouteReply list(Call call) {
        SandboxRequest request = call.request();
        var schedules = context.state().all(Kind.SCHEDULES).values().stream();
        schedules = Listing.query(request, schedules, "name");
        schedules = Listing.teams(request, schedules, EscalationPoliciesResource::teamIds);
        schedules = Listing.sort(request, schedules);
        // The list never carries final_schedule or overrides_subschedule, only the layers on request.
        Function<ObjectNode, ObjectNode> view = schedule -> {
            ObjectNode node = view(schedule, zoneOf(schedule, request));
            if (!Listing.includes(request, "schedule_layers")) {
                node.remove("schedule_layers");
            }
            return node;
        };
        return RouteReply.ok(Paging.page(request, "schedules", schedules.toList(), view));
    }

    private RouteReply create(Call call) {
        ObjectNode schedule = Json.object();
        schedule.put("id", context.state().newId());
        schedule.put("type", "schedule");
        schedule.putNull("description");
        schedule.putArray("teams");
        schedule.setAll(Json.without(Json.unwrap(call.request().body(), "schedule"), READ_ONLY));
        validate(schedule, Map.of());
        context.state().put(Kind.SCHEDULES, schedule.path("id").asText(), schedule);
        return RouteReply.created(Json.wrap("schedule", renderedView(schedule, call.request())));
    }

    private RouteReply preview(Call call) {
        ObjectNode schedule = Json.object();
        schedule.putNull("id");
        schedule.put("type", "schedule");
        schedule.putArray("teams");
        schedule.setAll(Json.without(Json.unwrap(call.request().body(), "schedule"), READ_ONLY));
        validate(schedule, Map.of());
        return RouteReply.ok(Json.wrap("schedule", renderedView(schedule, call.request())));
    }

    private RouteReply update(Call call) {
        ObjectNode stored = context.state().require(Kind.SCHEDULES, call.id());
        ObjectNode schedule = stored.deepCopy();
        ObjectNode body = Json.without(Json.unwrap(call.request().body(), "schedule"), READ_ONLY);
        Map<String, ObjectNode> existingLayers = Json.elements(stored.get("schedule_layers")).stream()
                .collect(Collectors.toMap(layer -> layer.path("id").asText(), layer -> (ObjectNode) layer,
                        (a, b) -> a, LinkedHashMap::new));
        schedule.setAll(body);
        validate(schedule, body.has("schedule_layers") ? existingLayers : null);
        context.state().put(Kind.SCHEDULES, call.id(), schedule);
        return RouteReply.ok(Json.wrap("schedule", renderedView(schedule, call.request())));
    }

    private RouteReply delete(Call call) {
        context.state().require(Kind.SCHEDULES, call.id());
        boolean used = !context.state().matching(Kind.ESCALATION_POLICIES,
                policy -> EscalationPoliciesResource.usesSchedule(policy, call.id())).isEmpty();
        if (used) {
            throw PagerDutyError.invalid("Schedule can't be deleted if it's being used by escalation policies");
        }
        context.state().remove(Kind.SCHEDULES, call.id());
        context.state().removeIf(Kind.OVERRIDES, override -> override.path("schedule_id").asText().equals(call.id()));
        return RouteReply.noContent();
    }

    private RouteReply onCallUsers(Call call) {
        ObjectNode schedule = context.state().require(Kind.SCHEDULES, call.id());
        RenderParameters window = RenderParameters.of(call.request(), ZoneId.of(schedule.path("time_zone").asText()), context.now());
        RenderedSchedule rendered = rendering.render(schedule, overrides.ofSchedule(call.id()), window);
        Set<String> userIds = rendered.finalSchedule().entries().stream().map(Entry::user)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        ArrayNode list = Json.array();
        userIds.stream().map(id -> context.state().find(Kind.USERS, id)).flatMap(Optional::stream)
                .forEach(user -> list.add(users.view(user, call.request())));
        return RouteReply.ok(Json.wrap("users", list));
    }

    /**
     * Checks and normalises a schedule in place. {@code existingLayers} is null when the layers are
     * not being written (a PUT without {@code schedule_layers}), and empty on create.
     */
    private void validate(ObjectNode schedule, Map<String, ObjectNode> existingLayers) {
        Checks.requiredText(schedule, "name");
        Checks.maxLength(schedule, "name", 255);
        Checks.timeZone(schedule.path("time_zone").asText(null));
        ArrayNode teams = Json.array();
        for (JsonNode team : Json.elements(schedule.get("teams"))) {
            String teamId = Checks.referenceId(team, "team", Set.of("team_reference", "team"));
            if (context.state().find(Kind.TEAMS, teamId).isEmpty()) {
                throw PagerDutyError.invalidReference(6001, "Team");
            }
            teams.add(TeamsResource.teamReference(teamId));
        }
        schedule.set("teams", teams);
        if (existingLayers == null) {
            return;
        }
        List<JsonNode> given = Json.elements(schedule.get("schedule_layers"));
        if (given.isEmpty()) {
            throw PagerDutyError.invalid("Schedule must have at least one schedule layer");
        }
        schedule.set("schedule_layers", writeLayers(given, existingLayers, schedule.path("id").isNull()));
    }

    private ArrayNode writeLayers(List<JsonNode> given, Map<String, ObjectNode> existingLayers, boolean preview) {
        Instant now = context.now();
        ArrayNode layers = Json.array();
        Set<String> kept = new LinkedHashSet<>();
        for (JsonNode body : given) {
            if (!body.isObject()) {
                throw PagerDutyError.invalid("Schedule layers must be objects");
            }
            String id = body.path("id").asText("");
            boolean existing = existingLayers.containsKey(id) && kept.add(id);
            ObjectNode layer = existing ? existingLayers.get(id).deepCopy() : Json.object();
            layer.setAll(Json.without((ObjectNode) body, LAYER_READ_ONLY));
            layer.put("id", existing ? id : preview ? null : context.state().newId());
            LayerChecks.check(layer, context.state());
            normaliseTimes(layer, now);
            layer.set("users", userRefs(layer.get("users")));
            layers.add(layer);
        }
        // A layer the write leaves out is ended now, never deleted: past on-call history keeps it.
        for (ObjectNode omitted : existingLayers.values()) {
            if (!kept.contains(omitted.path("id").asText())) {
                ObjectNode ended = omitted.deepCopy();
                if (!ended.hasNonNull("end") || Instant.parse(ended.path("end").asText()).isAfter(now)) {
                    ended.put("end", now.toString());
                }
                layers.add(ended);
            }
        }
        return layers;
    }

    private static void normaliseTimes(ObjectNode layer, Instant now) {
        Instant start = Checks.timestamp(layer, "start");
        Instant end = layer.hasNonNull("end") ? Checks.timestamp(layer, "end") : null;
        boolean over = end != null && !end.isAfter(now);
        // PagerDuty rewrites a start in the past to the time of the write, except on layers already over.
        layer.put("start", (start.isBefore(now) && !over ? now : start).toString());
        layer.put("rotation_virtual_start", Checks.timestamp(layer, "rotation_virtual_start").toString());
        if (end != null) {
            layer.put("end", end.toString());
        } else {
            layer.putNull("end");
        }
    }

    private static ArrayNode userRefs(JsonNode users) {
        ArrayNode normalised = Json.array();
        for (JsonNode user : Json.elements(users)) {
            normalised.addObject().set("user", Json.object().put("id", user.path("user").path("id").asText())
                    .put("type", "user_reference"));
        }
        return normalised;
    }

    /** The single-schedule read: layers with their entries, the overrides and the final schedule. */
    private ObjectNode renderedView(ObjectNode schedule, SandboxRequest request) {
        RenderParameters window = RenderParameters.of(request, ZoneId.of(schedule.path("time_zone").asText()), context.now());
        List<ObjectNode> scheduleOverrides = schedule.path("id").isNull() ? List.of() : overrides.ofSchedule(schedule.path("id").asText());
        RenderedSchedule rendered = rendering.render(schedule, scheduleOverrides, window);
        ObjectNode view = view(schedule, window.zone());
        ArrayNode layers = (ArrayNode) view.get("schedule_layers");
        int count = layers.size();
        for (int i = 0; i < count; i++) {
            // Views list layers reversed, the renderer's tracks are in body order.
            var track = rendered.layers().get(count - 1 - i);
            ObjectNode layer = (ObjectNode) layers.get(i);
            layer.set("rendered_schedule_entries", rendering.entries(track, window.zone()));
            layer.put("rendered_coverage_percentage", track.coveragePercentage());
        }
        view.set("overrides_subschedule", rendering.subSchedule("Overrides", rendered.overrides(), window.zone()));
        view.set("final_schedule", rendering.subSchedule("Final Schedule", rendered.finalSchedule(), window.zone()));
        return view;
    }

    /**
     * Layers come back in the reverse of the written order. Ended layers are returned too: PagerDuty
     * keeps them (clients such as the Terraform provider filter out those whose end has passed), and
     * hiding them here would let a client that forgets to filter pass against the sandbox only.
     */
    private ObjectNode view(ObjectNode schedule, ZoneId zone) {
        String summary = schedule.path("name").asText();
        ObjectNode view = schedule.path("id").isNull() ? schedule.deepCopy()
                : context.links().decorate(schedule, "schedules", summary);
        List<ObjectNode> layers = new ArrayList<>();
        for (JsonNode stored : Json.elements(schedule.get("schedule_layers"))) {
            ObjectNode layer = ((ObjectNode) stored).deepCopy();
            for (String field : List.of("start", "end", "rotation_virtual_start")) {
                layer.put(field, Timestamps.reformat(layer.path(field).asText(null), zone));
            }
            ArrayNode layerUsers = layer.putArray("users");
            Json.elements(stored.get("users")).forEach(user ->
                    layerUsers.addObject().set("user", context.refs().user(user.path("user").path("id").asText())));
            layers.add(0, layer);
        }
        ArrayNode layerArray = view.putArray("schedule_layers");
        layers.forEach(layerArray::add);
        ArrayNode teams = view.putArray("teams");
        EscalationPoliciesResource.teamIds(schedule).forEach(id -> teams.add(context.refs().team(id)));
        ArrayNode policies = view.putArray("escalation_policies");
        if (!schedule.path("id").isNull()) {
            context.state().matching(Kind.ESCALATION_POLICIES,
                            policy -> EscalationPoliciesResource.usesSchedule(policy, schedule.path("id").asText()))
                    .forEach(policy -> policies.add(context.refs().escalationPolicy(policy.path("id").asText())));
        }
        ArrayNode scheduleUsers = view.putArray("users");
        Json.elements(schedule.get("schedule_layers")).stream()
                .flatMap(layer -> Json.elements(layer.get("users")).stream())
                .map(user -> user.path("user").path("id").asText())
                .collect(Collectors.toCollection(LinkedHashSet::new))
                .forEach(id -> scheduleUsers.add(context.refs().user(id)));
        return view;
    }

    private static ZoneId zoneOf(ObjectNode schedule, SandboxRequest request) {
        return request.queryValue("time_zone").map(Checks::timeZone)
                .orElseGet(() -> ZoneId.of(schedule.path("time_zone").asText()));
    }
}
