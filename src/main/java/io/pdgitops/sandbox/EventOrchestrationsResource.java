package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code /event_orchestrations/services/{service_id}} and its {@code /active}: one orchestration per service. A
 * service that was never written to has PagerDuty's default, a {@code start} set without rules and a catch-all
 * without actions, and is active. A PUT replaces the sets and the catch-all ("omitted rules and rule details are
 * deleted"), keeps the ids of rules it sends back, gives new rules new ids and the orchestration a new version.
 * Unknown services answer 404; deleting a service deletes its orchestration ({@link #forget}).
 */
final class EventOrchestrationsResource {

    private static final String PATH = "/event_orchestrations/services/{service_id}";

    private final Context context;

    EventOrchestrationsResource(Context context) {
        this.context = context;
    }

    void register(Routes routes) {
        routes.add("GET", PATH, call -> RouteReply.ok(Json.wrap("orchestration_path", view(call, stored(call)))))
                .add("PUT", PATH, this::update)
                .add("GET", PATH + "/active", call -> RouteReply.ok(active(stored(call))))
                .add("PUT", PATH + "/active", this::activate);
    }

    static void forget(SandboxState state, String serviceId) {
        state.remove(Kind.EVENT_ORCHESTRATIONS, serviceId);
    }

    /** The orchestration of the call's service, its default when none was written; 404 for an unknown service. */
    private ObjectNode stored(Call call) {
        String serviceId = call.param("service_id");
        ObjectNode service = context.state().require(Kind.SERVICES, serviceId);
        return context.state().find(Kind.EVENT_ORCHESTRATIONS, serviceId).map(ObjectNode::deepCopy)
                .orElseGet(() -> initial(service));
    }

    private static ObjectNode initial(ObjectNode service) {
        ObjectNode orchestration = Json.object();
        orchestration.putArray("sets").addObject().put("id", "start").putArray("rules");
        orchestration.putObject("catch_all").putObject("actions");
        String created = service.path("created_at").asText();
        orchestration.put("created_at", created);
        orchestration.put("updated_at", created);
        // PagerDuty's versions are opaque; a default's is stable until the first write.
        orchestration.put("version", "initial-" + service.path("id").asText());
        orchestration.put("active", true);
        return orchestration;
    }

    private RouteReply update(Call call) {
        ObjectNode current = stored(call);
        ObjectNode body = Json.unwrap(call.request().body(), "orchestration_path");
        OrchestrationChecks.check(body);
        Set<String> known = new HashSet<>();
        Json.elements(current.path("sets")).forEach(set -> Json.elements(set.path("rules"))
                .forEach(rule -> known.add(rule.path("id").asText())));
        ArrayNode sets = Json.array();
        for (JsonNode set : Json.elements(body.path("sets"))) {
            ObjectNode kept = sets.addObject().put("id", set.path("id").asText());
            ArrayNode rules = kept.putArray("rules");
            for (JsonNode rule : Json.elements(set.path("rules"))) {
                rules.add(rule(rule, known));
            }
        }
        current.set("sets", sets);
        ObjectNode catchAll = current.putObject("catch_all");
        JsonNode actions = body.path("catch_all").path("actions");
        catchAll.set("actions", actions.isObject() ? actions.deepCopy() : Json.object());
        current.put("updated_at", context.now().toString());
        current.put("version", context.state().newIntegrationKey());
        context.state().put(Kind.EVENT_ORCHESTRATIONS, call.param("service_id"), current);
        return RouteReply.ok(Json.wrap("orchestration_path", view(call, current)));
    }

    /** A rule as PagerDuty keeps it: its own fields only, an id it already had or a new one. */
    private ObjectNode rule(JsonNode rule, Set<String> known) {
        ObjectNode kept = Json.object();
        String id = rule.path("id").asText("");
        kept.put("id", known.contains(id) ? id : context.state().newIntegrationKey().substring(0, 8));
        if (rule.hasNonNull("label")) {
            kept.put("label", rule.path("label").asText());
        }
        ArrayNode conditions = kept.putArray("conditions");
        Json.elements(rule.path("conditions")).forEach(condition ->
                conditions.addObject().put("expression", condition.path("expression").asText()));
        JsonNode actions = rule.path("actions");
        kept.set("actions", actions.isObject() ? actions.deepCopy() : Json.object());
        kept.put("disabled", rule.path("disabled").asBoolean(false));
        return kept;
    }

    private RouteReply activate(Call call) {
        ObjectNode current = stored(call);
        JsonNode active = Json.parse(call.request().body()).path("active");
        if (!active.isBoolean()) {
            throw PagerDutyError.invalid("Active must be true or false");
        }
        current.put("active", active.booleanValue());
        context.state().put(Kind.EVENT_ORCHESTRATIONS, call.param("service_id"), current);
        return RouteReply.ok(active(current));
    }

    private static ObjectNode active(ObjectNode orchestration) {
        return Json.object().put("active", orchestration.path("active").asBoolean(true));
    }

    private ObjectNode view(Call call, ObjectNode stored) {
        String serviceId = call.param("service_id");
        ObjectNode view = Json.object();
        view.put("type", "service");
        ObjectNode parent = view.putObject("parent");
        parent.put("id", serviceId);
        parent.put("type", "service_reference");
        parent.put("self", context.links().apiUrl() + "/services/" + serviceId);
        view.put("self", context.links().apiUrl() + "/event_orchestrations/services/" + serviceId);
        view.set("sets", stored.path("sets").deepCopy());
        view.set("catch_all", stored.path("catch_all").deepCopy());
        view.put("created_at", stored.path("created_at").asText());
        view.put("updated_at", stored.path("updated_at").asText());
        view.put("version", stored.path("version").asText());
        return view;
    }
}
