package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code /maintenance_windows}. As in PagerDuty: a start in the past becomes now, the end must be in the future and
 * after the start, an ended window can be neither changed nor deleted (405), deleting a running one ends it now, and
 * a running window keeps its start. Windows are listed in start order.
 */
final class MaintenanceWindowsResource {

    private static final Set<String> READ_ONLY = Set.of("id", "type", "summary", "self", "html_url", "sequence_number",
            "created_by", "teams");
    private static final Set<String> FILTERS = Set.of("past", "future", "ongoing", "open", "all");

    private final Context context;

    MaintenanceWindowsResource(Context context) {
        this.context = context;
    }

    void register(Routes routes) {
        routes.add("GET", "/maintenance_windows", this::list)
                .add("POST", "/maintenance_windows", this::create)
                .add("GET", "/maintenance_windows/{id}", call -> RouteReply.ok(
                        Json.wrap("maintenance_window", view(context.state().require(Kind.MAINTENANCE_WINDOWS, call.id())))))
                .add("PUT", "/maintenance_windows/{id}", this::update)
                .add("DELETE", "/maintenance_windows/{id}", this::delete);
    }

    private RouteReply list(Call call) {
        SandboxRequest request = call.request();
        String filter = request.queryValue("filter").orElse("all");
        if (!FILTERS.contains(filter)) {
            throw PagerDutyError.invalid("Filter must be one of all, future, ongoing, open, past");
        }
        Instant now = context.now();
        List<String> serviceIds = request.queryValues("service_ids[]");
        Stream<ObjectNode> windows = context.state().all(Kind.MAINTENANCE_WINDOWS).values().stream()
                .filter(window -> matches(filter, window, now))
                .filter(window -> serviceIds.isEmpty() || serviceIdsOf(window).stream().anyMatch(serviceIds::contains));
        windows = Listing.teams(request, Listing.query(request, windows, "description"), this::teamIdsOf);
        List<ObjectNode> ordered = windows.sorted(Comparator.comparing((ObjectNode window) -> start(window))
                .thenComparing(window -> window.path("sequence_number").asInt())).toList();
        return RouteReply.ok(Paging.page(request, "maintenance_windows", ordered, this::view));
    }

    private RouteReply create(Call call) {
        ObjectNode window = Json.object();
        window.put("id", context.state().newId());
        window.put("type", "maintenance_window");
        // Derived from the stored windows, so a snapshot restore keeps counting where it was.
        window.put("sequence_number", context.state().all(Kind.MAINTENANCE_WINDOWS).values().stream()
                .mapToInt(stored -> stored.path("sequence_number").asInt()).max().orElse(0) + 1);
        window.putNull("description");
        window.setAll(Json.without(Json.unwrap(call.request().body(), "maintenance_window"), READ_ONLY));
        Instant now = context.now();
        validate(window, now);
        if (start(window).isBefore(now)) {
            window.put("start_time", now.toString());
        }
        context.state().put(Kind.MAINTENANCE_WINDOWS, window.path("id").asText(), window);
        return RouteReply.created(Json.wrap("maintenance_window", view(window)));
    }

    private RouteReply update(Call call) {
        Instant now = context.now();
        ObjectNode stored = context.state().require(Kind.MAINTENANCE_WINDOWS, call.id());
        if (!end(stored).isAfter(now)) {
            throw PagerDutyError.invalid("Cannot update a maintenance window that has already ended");
        }
        ObjectNode window = context.patched(Kind.MAINTENANCE_WINDOWS, call, "maintenance_window", READ_ONLY);
        validate(window, now);
        boolean running = !start(stored).isAfter(now);
        if (running && !start(window).equals(start(stored))) {
            throw PagerDutyError.invalid("Cannot change the start time of a maintenance window that has started");
        }
        if (start(window).isBefore(now)) {
            window.put("start_time", now.toString());
        }
        context.state().put(Kind.MAINTENANCE_WINDOWS, call.id(), window);
        return RouteReply.ok(Json.wrap("maintenance_window", view(window)));
    }

    private RouteReply delete(Call call) {
        Instant now = context.now();
        ObjectNode stored = context.state().require(Kind.MAINTENANCE_WINDOWS, call.id());
        if (!end(stored).isAfter(now)) {
            throw new PagerDutyError(405, 2001, "Method Not Allowed",
                    List.of("The maintenance window can't be deleted because it has already ended."));
        }
        if (!start(stored).isAfter(now)) {
            ObjectNode ended = stored.deepCopy();
            ended.put("end_time", now.toString());
            context.state().put(Kind.MAINTENANCE_WINDOWS, call.id(), ended);
        } else {
            context.state().remove(Kind.MAINTENANCE_WINDOWS, call.id());
        }
        return RouteReply.noContent();
    }

    private void validate(ObjectNode window, Instant now) {
        Instant start = Checks.timestamp(window, "start_time");
        Instant end = Checks.timestamp(window, "end_time");
        Checks.maxLength(window, "description", 1024);
        window.put("start_time", start.toString());
        window.put("end_time", end.toString());
        if (!end.isAfter(start)) {
            throw PagerDutyError.invalid("End time must be after the start time");
        }
        if (!end.isAfter(now)) {
            throw PagerDutyError.invalid("End time must be in the future");
        }
        List<JsonNode> services = Json.elements(window.get("services"));
        if (services.isEmpty()) {
            throw PagerDutyError.invalid("Services can't be blank");
        }
        ArrayNode references = Json.array();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode service : services) {
            String id = Checks.referenceId(service, "services", Set.of("service_reference", "service"));
            if (context.state().find(Kind.SERVICES, id).isEmpty()) {
                throw PagerDutyError.invalidReference(2001, "Service");
            }
            if (seen.add(id)) {
                references.add(Json.object().put("id", id).put("type", "service_reference"));
            }
        }
        window.set("services", references);
    }

    private static boolean matches(String filter, ObjectNode window, Instant now) {
        boolean ended = !end(window).isAfter(now);
        boolean started = !start(window).isAfter(now);
        return switch (filter) {
            case "past" -> ended;
            case "ongoing" -> started && !ended;
            case "future" -> !started;
            case "open" -> !ended;
            default -> true;
        };
    }

    private ObjectNode view(ObjectNode window) {
        ObjectNode view = context.links().decorate(window, "maintenance_windows", window.path("description").asText(""));
        view.put("start_time", Timestamps.format(start(window), ZoneOffset.UTC));
        view.put("end_time", Timestamps.format(end(window), ZoneOffset.UTC));
        ArrayNode services = view.putArray("services");
        serviceIdsOf(window).forEach(id -> services.add(context.refs().service(id)));
        ArrayNode teams = view.putArray("teams");
        teamIdsOf(window).forEach(id -> teams.add(context.refs().team(id)));
        return view;
    }

    private static List<String> serviceIdsOf(ObjectNode window) {
        return Json.elements(window.get("services")).stream().map(service -> service.path("id").asText()).toList();
    }

    /** A window belongs to the teams of its services, which belong to the teams of their escalation policies. */
    private Set<String> teamIdsOf(ObjectNode window) {
        Set<String> teams = new LinkedHashSet<>();
        for (String serviceId : serviceIdsOf(window)) {
            context.state().find(Kind.SERVICES, serviceId)
                    .flatMap(service -> context.state().find(Kind.ESCALATION_POLICIES,
                            service.path("escalation_policy").path("id").asText()))
                    .ifPresent(policy -> Json.elements(policy.get("teams"))
                            .forEach(team -> teams.add(team.path("id").asText())));
        }
        return teams;
    }

    private static Instant start(ObjectNode window) {
        return Instant.parse(window.path("start_time").asText());
    }

    private static Instant end(ObjectNode window) {
        return Instant.parse(window.path("end_time").asText());
    }
}
