package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** {@code /services}: each points at an escalation policy and takes its team from it. */
final class ServicesResource {

    private static final Set<String> READ_ONLY = Set.of("id", "type", "summary", "self", "html_url", "created_at",
            "last_incident_timestamp", "teams", "integrations", "addons", "updated_at");
    private static final Set<String> STATUSES = Set.of("active", "warning", "critical", "maintenance", "disabled");
    private static final Set<String> URGENCIES = Set.of("low", "high", "severity_based");

    private final Context context;
    private final IntegrationsResource integrations;

    ServicesResource(Context context, IntegrationsResource integrations) {
        this.context = context;
        this.integrations = integrations;
        context.refs().expandWith(Kind.SERVICES, service -> view(service, Listing.NO_INCLUDES));
    }

    void register(Routes routes) {
        routes.add("GET", "/services", this::list)
                .add("POST", "/services", this::create)
                .add("GET", "/services/{id}", call -> RouteReply.ok(Json.wrap("service",
                        view(context.state().require(Kind.SERVICES, call.id()), call.request()))))
                .add("PUT", "/services/{id}", this::update)
                .add("DELETE", "/services/{id}", this::delete);
    }

    private RouteReply list(Call call) {
        SandboxRequest request = call.request();
        var services = context.state().all(Kind.SERVICES).values().stream();
        services = Listing.query(request, services, "name");
        String exactName = request.queryValue("name").orElse(null);
        if (exactName != null) {
            services = services.filter(service -> service.path("name").asText().equals(exactName));
        }
        services = Listing.teams(request, services, this::teamIds);
        services = Listing.sort(request, services);
        Function<String, List<ObjectNode>> integrationsOf = integrations.byService();
        return RouteReply.ok(Paging.page(request, "services", services.toList(),
                service -> view(service, request, integrationsOf)));
    }

    private RouteReply create(Call call) {
        ObjectNode body = Json.without(Json.unwrap(call.request().body(), "service"), READ_ONLY);
        ObjectNode service = Json.object();
        service.put("id", context.state().newId());
        service.put("type", "service");
        service.putNull("description");
        service.put("auto_resolve_timeout", 14400);
        service.put("acknowledgement_timeout", 1800);
        service.put("status", "active");
        service.put("alert_creation", "create_alerts_and_incidents");
        service.putObject("incident_urgency_rule").put("type", "constant").put("urgency", "high");
        service.putNull("support_hours");
        service.putArray("scheduled_actions");
        service.putObject("auto_pause_notifications_parameters").put("enabled", false).putNull("timeout");
        service.putObject("alert_grouping_parameters").putNull("type");
        service.put("created_at", context.now().toString());
        service.putNull("last_incident_timestamp");
        if (body.has("status") && !body.path("status").asText().equals("active")) {
            throw PagerDutyError.invalid("Status must be active when a service is created");
        }
        service.setAll(body);
        validate(service);
        context.state().put(Kind.SERVICES, service.path("id").asText(), service);
        return RouteReply.created(Json.wrap("service", view(service, call.request())));
    }

    private RouteReply update(Call call) {
        ObjectNode service = context.patched(Kind.SERVICES, call, "service", READ_ONLY);
        validate(service);
        context.state().put(Kind.SERVICES, call.id(), service);
        return RouteReply.ok(Json.wrap("service", view(service, call.request())));
    }

    private RouteReply delete(Call call) {
        context.state().delete(Kind.SERVICES, call.id());
        context.state().removeIf(Kind.INTEGRATIONS, integration -> integration.path("service_id").asText().equals(call.id()));
        ServiceDependenciesResource.forget(context.state(), call.id());
        EventOrchestrationsResource.forget(context.state(), call.id());
        return RouteReply.noContent();
    }

    private void validate(ObjectNode service) {
        String name = Checks.requiredText(service, "name");
        Checks.maxLength(service, "name", 255);
        Checks.uniqueName(context.state().all(Kind.SERVICES).values(), name, service.path("id").asText(),
                "Name has already been taken");
        JsonNode policy = service.get("escalation_policy");
        if (policy == null || policy.isNull()) {
            throw PagerDutyError.invalid("Escalation policy can't be blank");
        }
        String policyId = Checks.referenceId(policy, "escalation policy", Set.of("escalation_policy_reference", "escalation_policy"));
        if (context.state().find(Kind.ESCALATION_POLICIES, policyId).isEmpty()) {
            throw PagerDutyError.invalidReference(5001, "Escalation Policy");
        }
        ObjectNode reference = Json.object().put("id", policyId).put("type", "escalation_policy_reference");
        service.set("escalation_policy", reference);
        nonNegativeOrNull(service, "auto_resolve_timeout");
        nonNegativeOrNull(service, "acknowledgement_timeout");
        Checks.oneOf(service, "status", STATUSES);
        validateUrgencyRule(service.path("incident_urgency_rule"));
        AlertGroupingChecks.check(service.get("alert_grouping_parameters"));
        JsonNode supportHours = service.path("support_hours");
        if (supportHours.isObject() && supportHours.has("time_zone")) {
            Checks.timeZone(supportHours.path("time_zone").asText());
        }
        boolean usesSupportHours = service.path("incident_urgency_rule").path("type").asText().equals("use_support_hours");
        if (usesSupportHours && !supportHours.isObject()) {
            throw PagerDutyError.invalid("Support hours are required when the urgency rule uses support hours");
        }
    }

    private static void validateUrgencyRule(JsonNode rule) {
        if (!rule.isObject()) {
            return;
        }
        switch (rule.path("type").asText("")) {
            case "constant" -> {
                if (!URGENCIES.contains(rule.path("urgency").asText(""))) {
                    throw PagerDutyError.invalid("Incident urgency rule urgency must be one of high, low, severity_based");
                }
            }
            case "use_support_hours" -> {
                for (String part : List.of("during_support_hours", "outside_support_hours")) {
                    if (!rule.path(part).isObject() || !URGENCIES.contains(rule.path(part).path("urgency").asText(""))) {
                        throw PagerDutyError.invalid("Incident urgency rule " + part.replace('_', ' ') + " needs an urgency");
                    }
                }
            }
            default -> throw PagerDutyError.invalid("Incident urgency rule type must be constant or use_support_hours");
        }
    }

    private static void nonNegativeOrNull(ObjectNode service, String field) {
        JsonNode value = service.get(field);
        if (value != null && !value.isNull() && (!value.canConvertToInt() || !value.isNumber() || value.asInt() < 0)) {
            throw PagerDutyError.invalid(Checks.capitalised(field) + " must be a number of seconds, 0 or null");
        }
    }

    private Set<String> teamIds(ObjectNode service) {
        return context.state().find(Kind.ESCALATION_POLICIES, service.path("escalation_policy").path("id").asText())
                .map(EscalationPoliciesResource::teamIds).orElse(Set.of());
    }

    ObjectNode view(ObjectNode service, SandboxRequest request) {
        return view(service, request, integrations::ofService);
    }

    private ObjectNode view(ObjectNode service, SandboxRequest request, Function<String, List<ObjectNode>> integrationsOf) {
        ObjectNode view = context.links().decorate(service, "services", service.path("name").asText());
        String policyId = service.path("escalation_policy").path("id").asText();
        view.set("escalation_policy", context.refs().expandable(Kind.ESCALATION_POLICIES, policyId,
                Listing.includes(request, "escalation_policies")));
        ArrayNode teams = view.putArray("teams");
        for (String teamId : teamIds(service)) {
            teams.add(context.refs().expandable(Kind.TEAMS, teamId, Listing.includes(request, "teams")));
        }
        ArrayNode integrationList = view.putArray("integrations");
        for (ObjectNode integration : integrationsOf.apply(service.path("id").asText())) {
            integrationList.add(Listing.includes(request, "integrations")
                    ? integrations.view(integration, request)
                    : context.refs().integration(integration));
        }
        view.putArray("addons");
        return view;
    }
}
