package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /service_dependencies}: which services (technical or business) support which. A relationship is stored
 * once per pair, so associating a pair twice keeps one (and answers it), and disassociating a pair that is not
 * there changes nothing; a body with an unknown service changes nothing at all. Requests name a side's type
 * {@code service} or {@code business_service}; answers use {@code technical_service_reference} and
 * {@code business_service_reference}, as the spec's examples do. Deleting either service removes its
 * relationships ({@link #forget}).
 */
final class ServiceDependenciesResource {

    /** The request's spelling of a side's type, and where such a service is stored. */
    private static final Map<String, Kind> SIDES = Map.of(
            "service", Kind.SERVICES, "technical_service_reference", Kind.SERVICES, "service_reference", Kind.SERVICES,
            "business_service", Kind.BUSINESS_SERVICES, "business_service_reference", Kind.BUSINESS_SERVICES);

    private final Context context;

    ServiceDependenciesResource(Context context) {
        this.context = context;
    }

    void register(Routes routes) {
        routes.add("POST", "/service_dependencies/associate", this::associate)
                .add("POST", "/service_dependencies/disassociate", this::disassociate)
                .add("GET", "/service_dependencies/business_services/{id}", call -> of(call, Kind.BUSINESS_SERVICES))
                .add("GET", "/service_dependencies/technical_services/{id}", call -> of(call, Kind.SERVICES));
    }

    /** Removes every relationship in which the service with {@code id} takes part. */
    static void forget(SandboxState state, String id) {
        state.removeIf(Kind.SERVICE_DEPENDENCIES, dependency -> dependency.path("supporting_id").asText().equals(id)
                || dependency.path("dependent_id").asText().equals(id));
    }

    private record Pair(String supportingId, Kind supporting, String dependentId, Kind dependent) {

        String key() {
            return supportingId + ">" + dependentId;
        }
    }

    private RouteReply associate(Call call) {
        ArrayNode answered = Json.array();
        for (Pair pair : pairs(call)) {
            ObjectNode stored = context.state().find(Kind.SERVICE_DEPENDENCIES, pair.key()).orElseGet(() -> {
                ObjectNode dependency = Json.object();
                dependency.put("id", context.state().newId());
                dependency.put("supporting_id", pair.supportingId());
                dependency.put("supporting_type", pair.supporting().key());
                dependency.put("dependent_id", pair.dependentId());
                dependency.put("dependent_type", pair.dependent().key());
                context.state().put(Kind.SERVICE_DEPENDENCIES, pair.key(), dependency);
                return dependency;
            });
            answered.add(view(stored));
        }
        return RouteReply.ok(relationships(answered));
    }

    private RouteReply disassociate(Call call) {
        ArrayNode answered = Json.array();
        for (Pair pair : pairs(call)) {
            Optional<ObjectNode> stored = context.state().find(Kind.SERVICE_DEPENDENCIES, pair.key());
            stored.ifPresent(dependency -> {
                answered.add(view(dependency));
                context.state().remove(Kind.SERVICE_DEPENDENCIES, pair.key());
            });
        }
        return RouteReply.ok(relationships(answered));
    }

    private RouteReply of(Call call, Kind kind) {
        context.state().require(kind, call.id());
        ArrayNode answered = Json.array();
        context.state().matching(Kind.SERVICE_DEPENDENCIES, dependency ->
                        dependency.path("supporting_id").asText().equals(call.id())
                                || dependency.path("dependent_id").asText().equals(call.id())).stream()
                .sorted(Comparator.comparing(dependency -> dependency.path("id").asText()))
                .forEach(dependency -> answered.add(view(dependency)));
        return RouteReply.ok(relationships(answered));
    }

    /** Every pair of the body, checked before any is acted on. */
    private List<Pair> pairs(Call call) {
        JsonNode relationships = Json.parse(call.request().body()).path("relationships");
        if (!relationships.isArray() || relationships.isEmpty()) {
            throw PagerDutyError.invalid("Relationships must be a non-empty list");
        }
        List<Pair> pairs = new ArrayList<>();
        for (JsonNode relationship : relationships) {
            JsonNode supporting = relationship.path("supporting_service");
            JsonNode dependent = relationship.path("dependent_service");
            Kind supportingKind = side(supporting, "Supporting service");
            Kind dependentKind = side(dependent, "Dependent service");
            if (supporting.path("id").asText().equals(dependent.path("id").asText())) {
                throw PagerDutyError.invalid("A service cannot depend on itself");
            }
            pairs.add(new Pair(supporting.path("id").asText(), supportingKind, dependent.path("id").asText(), dependentKind));
        }
        return pairs;
    }

    private Kind side(JsonNode reference, String what) {
        Kind kind = SIDES.get(reference.path("type").asText());
        if (!reference.path("id").isTextual() || kind == null) {
            throw PagerDutyError.invalid(what + " must be a reference to a service or a business service");
        }
        if (context.state().find(kind, reference.path("id").asText()).isEmpty()) {
            throw PagerDutyError.notFound();
        }
        return kind;
    }

    private static ObjectNode view(ObjectNode dependency) {
        ObjectNode view = Json.object();
        view.set("supporting_service", side(dependency.path("supporting_id").asText(), dependency.path("supporting_type").asText()));
        view.set("dependent_service", side(dependency.path("dependent_id").asText(), dependency.path("dependent_type").asText()));
        view.put("id", dependency.path("id").asText());
        view.put("type", "service_dependency");
        return view;
    }

    private static ObjectNode side(String id, String storedKind) {
        ObjectNode reference = Json.object();
        reference.put("id", id);
        reference.put("type", storedKind.equals(Kind.SERVICES.key()) ? "technical_service_reference"
                : "business_service_reference");
        return reference;
    }

    private static ObjectNode relationships(ArrayNode relationships) {
        ObjectNode body = Json.object();
        body.set("relationships", relationships);
        return body;
    }
}
