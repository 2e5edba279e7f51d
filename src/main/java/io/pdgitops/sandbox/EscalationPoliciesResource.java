package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code /escalation_policies}: rules of user and schedule targets, owned by at most one team. */
final class EscalationPoliciesResource {

    static final int MAX_TARGETS = 10;
    private static final Set<String> READ_ONLY = Set.of("id", "type", "summary", "self", "html_url", "services");
    private static final Set<String> USER_TARGETS = Set.of("user_reference", "user");
    private static final Set<String> SCHEDULE_TARGETS = Set.of("schedule_reference", "schedule", "schedule_v3_reference");

    private final Context context;

    EscalationPoliciesResource(Context context) {
        this.context = context;
        context.refs().expandWith(Kind.ESCALATION_POLICIES, policy -> view(policy, Listing.NO_INCLUDES));
    }

    void register(Routes routes) {
        routes.add("GET", "/escalation_policies", this::list)
                .add("POST", "/escalation_policies", this::create)
                .add("GET", "/escalation_policies/{id}", call -> RouteReply.ok(Json.wrap("escalation_policy",
                        view(context.state().require(Kind.ESCALATION_POLICIES, call.id()), call.request()))))
                .add("PUT", "/escalation_policies/{id}", this::update)
                .add("DELETE", "/escalation_policies/{id}", this::delete);
    }

    private RouteReply list(Call call) {
        SandboxRequest request = call.request();
        var policies = context.state().all(Kind.ESCALATION_POLICIES).values().stream();
        policies = Listing.query(request, policies, "name");
        policies = Listing.teams(request, policies, EscalationPoliciesResource::teamIds);
        List<String> userIds = request.queryValues("user_ids[]");
        if (!userIds.isEmpty()) {
            policies = policies.filter(policy -> targetIds(policy, USER_TARGETS).stream().anyMatch(userIds::contains));
        }
        policies = Listing.sort(request, policies);
        Map<String, List<ObjectNode>> servicesByPolicy = context.state().groupedBy(Kind.SERVICES,
                service -> service.path("escalation_policy").path("id").asText());
        return RouteReply.ok(Paging.page(request, "escalation_policies", policies.toList(),
                policy -> view(policy, request, id -> servicesByPolicy.getOrDefault(id, List.of()))));
    }

    private RouteReply create(Call call) {
        ObjectNode policy = Json.object();
        policy.put("id", context.state().newId());
        policy.put("type", "escalation_policy");
        policy.putNull("description");
        policy.put("num_loops", 0);
        policy.put("on_call_handoff_notifications", "if_has_services");
        policy.putArray("teams");
        ObjectNode body = Json.without(Json.unwrap(call.request().body(), "escalation_policy"), READ_ONLY);
        if (!body.path("escalation_rules").isArray() || body.path("escalation_rules").isEmpty()) {
            throw PagerDutyError.invalid("Escalation rules must have at least one rule");
        }
        policy.setAll(body);
        validate(policy, Set.of());
        context.state().put(Kind.ESCALATION_POLICIES, policy.path("id").asText(), policy);
        return RouteReply.created(Json.wrap("escalation_policy", view(policy, call.request())));
    }

    private RouteReply update(Call call) {
        ObjectNode stored = context.state().require(Kind.ESCALATION_POLICIES, call.id());
        ObjectNode body = Json.without(Json.unwrap(call.request().body(), "escalation_policy"), READ_ONLY);
        if (body.has("escalation_rules") && Json.elements(body.get("escalation_rules")).isEmpty()) {
            throw PagerDutyError.invalid("Cannot Delete Only Rule For Escalation Policy");
        }
        ObjectNode policy = stored.deepCopy();
        policy.setAll(body);
        Set<String> knownRuleIds = Json.elements(stored.get("escalation_rules")).stream()
                .map(rule -> rule.path("id").asText()).collect(Collectors.toSet());
        validate(policy, knownRuleIds);
        context.state().put(Kind.ESCALATION_POLICIES, call.id(), policy);
        return RouteReply.ok(Json.wrap("escalation_policy", view(policy, call.request())));
    }

    private RouteReply delete(Call call) {
        context.state().require(Kind.ESCALATION_POLICIES, call.id());
        if (!servicesUsing(call.id()).isEmpty()) {
            throw PagerDutyError.invalid("Escalation policy cannot be deleted while it is in use by one or more services");
        }
        context.state().remove(Kind.ESCALATION_POLICIES, call.id());
        return RouteReply.noContent();
    }

    /** Normalises rules and references in place; rule ids the client sent back are kept, new rules get new ids. */
    private void validate(ObjectNode policy, Set<String> knownRuleIds) {
        String name = Checks.requiredText(policy, "name");
        Checks.maxLength(policy, "name", 255);
        Checks.uniqueName(context.state().all(Kind.ESCALATION_POLICIES).values(), name, policy.path("id").asText(),
                "Escalation Policy has already been taken");
        if (!policy.path("num_loops").canConvertToInt() || policy.path("num_loops").asInt() < 0) {
            throw PagerDutyError.invalid("Num loops must be an integer greater than or equal to 0");
        }
        Checks.oneOf(policy, "on_call_handoff_notifications", Set.of("if_has_services", "always"));
        JsonNode strategy = policy.path("escalation_rule_assignment_strategy");
        String strategyType = strategy.isObject() ? strategy.path("type").asText("") : strategy.asText("");
        if (strategyType.equals("round_robin") && !AbilitiesResource.ABILITIES.contains("round_robin")) {
            // The emulated account's plan lacks round robin, like many real ones.
            throw new PagerDutyError(403, 2010, "Access Denied", List.of("The account does not have the round_robin ability"));
        }
        policy.set("teams", teams(policy.get("teams")));
        ArrayNode rules = Json.array();
        Set<String> seenRuleIds = new HashSet<>();
        for (JsonNode rule : Json.elements(policy.get("escalation_rules"))) {
            rules.add(rule(rule, knownRuleIds, seenRuleIds));
        }
        policy.set("escalation_rules", rules);
    }

    private ObjectNode rule(JsonNode body, Set<String> knownRuleIds, Set<String> seenRuleIds) {
        if (!body.isObject()) {
            throw PagerDutyError.invalid("Escalation rules must be objects");
        }
        ObjectNode rule = ((ObjectNode) body).deepCopy();
        String id = rule.path("id").asText("");
        if (!knownRuleIds.contains(id) || !seenRuleIds.add(id)) {
            rule.put("id", context.state().newId());
        }
        JsonNode delay = rule.get("escalation_delay_in_minutes");
        if (delay == null || !delay.canConvertToInt() || delay.asInt() < 1) {
            throw PagerDutyError.invalid("Escalation delay in minutes must be at least 1");
        }
        List<JsonNode> targets = Json.elements(rule.get("targets"));
        if (targets.isEmpty() || targets.size() > MAX_TARGETS) {
            throw PagerDutyError.invalid("Escalation rules must have between 1 and " + MAX_TARGETS + " targets");
        }
        ArrayNode normalised = rule.putArray("targets");
        for (JsonNode target : targets) {
            normalised.add(target(target));
        }
        return rule;
    }

    private ObjectNode target(JsonNode target) {
        String type = target.path("type").asText("");
        String id = target.path("id").asText("");
        ObjectNode reference = Json.object();
        reference.put("id", id);
        if (USER_TARGETS.contains(type)) {
            if (context.state().find(Kind.USERS, id).isEmpty()) {
                throw PagerDutyError.invalid("User " + id + " Not Found");
            }
            reference.put("type", "user_reference");
        } else if (SCHEDULE_TARGETS.contains(type)) {
            if (context.state().find(Kind.SCHEDULES, id).isEmpty()) {
                throw PagerDutyError.invalidReference(3004, "Schedule");
            }
            reference.put("type", "schedule_reference");
        } else {
            throw PagerDutyError.invalid("Escalation rule target type must be user_reference or schedule_reference");
        }
        return reference;
    }

    private ArrayNode teams(JsonNode teams) {
        List<JsonNode> given = Json.elements(teams);
        if (given.size() > 1) {
            throw PagerDutyError.invalid("An escalation policy can belong to only one team");
        }
        ArrayNode normalised = Json.array();
        for (JsonNode team : given) {
            String teamId = Checks.referenceId(team, "team", Set.of("team_reference", "team"));
            if (context.state().find(Kind.TEAMS, teamId).isEmpty()) {
                throw PagerDutyError.invalidReference(6001, "Team");
            }
            normalised.add(TeamsResource.teamReference(teamId));
        }
        return normalised;
    }

    ObjectNode view(ObjectNode policy, SandboxRequest request) {
        return view(policy, request, this::servicesUsing);
    }

    private ObjectNode view(ObjectNode policy, SandboxRequest request, Function<String, List<ObjectNode>> servicesUsing) {
        ObjectNode view = context.links().decorate(policy, "escalation_policies", policy.path("name").asText());
        ArrayNode rules = view.putArray("escalation_rules");
        for (JsonNode rule : Json.elements(policy.get("escalation_rules"))) {
            ObjectNode ruleView = rule.deepCopy();
            ArrayNode targets = ruleView.putArray("targets");
            // PagerDuty does not keep the order targets were sent in; answering in id order makes
            // a client that compares targets as a list fail here rather than in production.
            List<JsonNode> byId = new ArrayList<>(Json.elements(rule.get("targets")));
            byId.sort(Comparator.comparing(target -> target.path("id").asText()));
            for (JsonNode target : byId) {
                targets.add(targetView(target, Listing.includes(request, "targets")));
            }
            rules.add(ruleView);
        }
        ArrayNode services = view.putArray("services");
        for (ObjectNode service : servicesUsing.apply(policy.path("id").asText())) {
            services.add(context.refs().expandable(Kind.SERVICES, service.path("id").asText(),
                    Listing.includes(request, "services")));
        }
        ArrayNode teams = view.putArray("teams");
        for (String teamId : teamIds(policy)) {
            teams.add(context.refs().expandable(Kind.TEAMS, teamId, Listing.includes(request, "teams")));
        }
        return view;
    }

    private ObjectNode targetView(JsonNode target, boolean full) {
        boolean isUser = target.path("type").asText().equals("user_reference");
        return context.refs().expandable(isUser ? Kind.USERS : Kind.SCHEDULES, target.path("id").asText(), full);
    }

    private List<ObjectNode> servicesUsing(String policyId) {
        return context.state().matching(Kind.SERVICES,
                service -> service.path("escalation_policy").path("id").asText().equals(policyId));
    }

    static Set<String> teamIds(ObjectNode policy) {
        return Json.elements(policy.get("teams")).stream().map(team -> team.path("id").asText())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Set<String> targetIds(ObjectNode policy, Set<String> types) {
        return Json.elements(policy.get("escalation_rules")).stream()
                .flatMap(rule -> Json.elements(rule.get("targets")).stream())
                .filter(target -> types.contains(target.path("type").asText()))
                .map(target -> target.path("id").asText())
                .collect(Collectors.toSet());
    }

    static boolean usesSchedule(ObjectNode policy, String scheduleId) {
        return targetIds(policy, Set.of("schedule_reference")).contains(scheduleId);
    }
}
