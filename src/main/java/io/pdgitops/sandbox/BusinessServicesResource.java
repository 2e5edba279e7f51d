package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Set;

/**
 * {@code /business_services}: name, description, point of contact and an owning team. PagerDuty answers a create
 * with 200 (the spec declares no 201 for it), lists them without {@code query}, and deleting one takes its
 * service dependencies with it.
 */
final class BusinessServicesResource {

    private static final Set<String> READ_ONLY = Set.of("id", "type", "summary", "self", "html_url");

    private final Context context;

    BusinessServicesResource(Context context) {
        this.context = context;
        context.refs().expandWith(Kind.BUSINESS_SERVICES, this::view);
    }

    void register(Routes routes) {
        routes.add("GET", "/business_services", this::list)
                .add("POST", "/business_services", this::create)
                .add("GET", "/business_services/{id}", call -> RouteReply.ok(Json.wrap("business_service",
                        view(context.state().require(Kind.BUSINESS_SERVICES, call.id())))))
                .add("PUT", "/business_services/{id}", this::update)
                .add("DELETE", "/business_services/{id}", this::delete);
    }

    private RouteReply list(Call call) {
        var all = context.state().all(Kind.BUSINESS_SERVICES).values().stream()
                .sorted(Comparator.comparing((ObjectNode business) -> business.path("name").asText())
                        .thenComparing(business -> business.path("id").asText()))
                .toList();
        return RouteReply.ok(Paging.page(call.request(), "business_services", all, this::view));
    }

    private RouteReply create(Call call) {
        ObjectNode business = Json.object();
        business.put("id", context.state().newId());
        business.put("type", "business_service");
        business.putNull("description");
        business.putNull("point_of_contact");
        business.putNull("team");
        business.setAll(Json.without(Json.unwrap(call.request().body(), "business_service"), READ_ONLY));
        validate(business);
        context.state().put(Kind.BUSINESS_SERVICES, business.path("id").asText(), business);
        return RouteReply.ok(Json.wrap("business_service", view(business)));
    }

    private RouteReply update(Call call) {
        ObjectNode business = context.patched(Kind.BUSINESS_SERVICES, call, "business_service", READ_ONLY);
        validate(business);
        context.state().put(Kind.BUSINESS_SERVICES, call.id(), business);
        return RouteReply.ok(Json.wrap("business_service", view(business)));
    }

    private RouteReply delete(Call call) {
        context.state().delete(Kind.BUSINESS_SERVICES, call.id());
        ServiceDependenciesResource.forget(context.state(), call.id());
        return RouteReply.noContent();
    }

    private void validate(ObjectNode business) {
        String name = Checks.requiredText(business, "name");
        Checks.maxLength(business, "name", 255);
        Checks.maxLength(business, "description", 1024);
        Checks.uniqueName(context.state().all(Kind.BUSINESS_SERVICES).values(), name, business.path("id").asText(),
                "Name has already been taken");
        JsonNode team = business.get("team");
        if (team != null && !team.isNull()) {
            // The spec's request has only the team's id; a reference's type is accepted too.
            if (!team.isObject() || !team.path("id").isTextual()
                    || context.state().find(Kind.TEAMS, team.path("id").asText()).isEmpty()) {
                throw PagerDutyError.invalidReference(6001, "Team");
            }
            business.set("team", TeamsResource.teamReference(team.path("id").asText()));
        }
    }

    private ObjectNode view(ObjectNode business) {
        ObjectNode view = context.links().decorate(business, "business_services", business.path("name").asText());
        if (business.path("team").isObject()) {
            view.set("team", context.refs().team(business.path("team").path("id").asText()));
        }
        return view;
    }
}
