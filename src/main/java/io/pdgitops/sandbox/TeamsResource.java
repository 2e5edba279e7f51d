package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/** {@code /teams}, their members and their escalation policies. */
final class TeamsResource {

    static final Set<String> MEMBER_ROLES = Set.of("observer", "responder", "manager");
    private static final Set<String> READ_ONLY = Set.of("id", "type", "summary", "self", "html_url");

    private final Context context;

    TeamsResource(Context context) {
        this.context = context;
        context.refs().expandWith(Kind.TEAMS, this::view);
    }

    void register(Routes routes) {
        routes.add("GET", "/teams", this::list)
                .add("POST", "/teams", call -> RouteReply.created(Json.wrap("team", view(create(Json.unwrap(call.request().body(), "team"))))))
                .add("GET", "/teams/{id}", call -> RouteReply.ok(Json.wrap("team", view(context.state().require(Kind.TEAMS, call.id())))))
                .add("PUT", "/teams/{id}", this::update)
                .add("DELETE", "/teams/{id}", this::delete)
                .add("GET", "/teams/{id}/members", this::members)
                .add("PUT", "/teams/{id}/users/{user_id}", this::putMember)
                .add("DELETE", "/teams/{id}/users/{user_id}", this::deleteMember)
                .add("PUT", "/teams/{id}/escalation_policies/{escalation_policy_id}", call -> assignPolicy(call, true))
                .add("DELETE", "/teams/{id}/escalation_policies/{escalation_policy_id}", call -> assignPolicy(call, false));
    }

    private RouteReply list(Call call) {
        var teams = Listing.sort(call.request(),
                Listing.query(call.request(), context.state().all(Kind.TEAMS).values().stream(), "name"));
        return RouteReply.ok(Paging.page(call.request(), "teams", teams.toList(), this::view));
    }

    /** Creates a team from a request body; also used to load the seed. */
    ObjectNode create(ObjectNode body) {
        ObjectNode team = Json.object();
        team.put("id", context.state().newId());
        team.put("type", "team");
        team.putNull("description");
        team.put("default_role", "manager");
        team.putNull("parent");
        team.setAll(Json.without(body, READ_ONLY));
        validate(team);
        context.state().put(Kind.TEAMS, team.path("id").asText(), team);
        return team;
    }

    /** Adds or changes a membership; also used to load the seed. */
    void putMember(String teamId, String userId, String role) {
        context.state().require(Kind.TEAMS, teamId);
        ObjectNode user = context.state().find(Kind.USERS, userId)
                .orElseThrow(() -> PagerDutyError.invalid("User " + userId + " Not Found"));
        if (!MEMBER_ROLES.contains(role)) {
            throw PagerDutyError.invalid("Role must be one of manager, observer, responder");
        }
        if (user.path("role").asText().equals("read_only_user")) {
            throw PagerDutyError.invalid("A read-only user can't be added to a team");
        }
        ObjectNode membership = Json.object();
        membership.put("team_id", teamId);
        membership.put("user_id", userId);
        membership.put("role", role);
        context.state().put(Kind.MEMBERSHIPS, teamId + "/" + userId, membership);
    }

    private RouteReply update(Call call) {
        ObjectNode team = context.patched(Kind.TEAMS, call, "team", READ_ONLY);
        validate(team);
        context.state().put(Kind.TEAMS, call.id(), team);
        return RouteReply.ok(Json.wrap("team", view(team)));
    }

    private RouteReply delete(Call call) {
        String id = call.id();
        context.state().require(Kind.TEAMS, id);
        boolean hasPolicies = !context.state().matching(Kind.ESCALATION_POLICIES, ep -> belongsTo(ep, id)).isEmpty();
        boolean hasSchedules = !context.state().matching(Kind.SCHEDULES, schedule -> belongsTo(schedule, id)).isEmpty();
        boolean hasSubteams = !context.state().matching(Kind.TEAMS, team -> team.path("parent").path("id").asText().equals(id)).isEmpty();
        if (hasPolicies || hasSchedules || hasSubteams) {
            // Services belong to a team only through their escalation policy, so hasPolicies covers them.
            throw new PagerDutyError(400, 6006, "Team has existing associations", List.of(
                    "Team cannot be deleted while it has escalation policies, services, schedules or subteams"));
        }
        context.state().remove(Kind.TEAMS, id);
        context.state().removeIf(Kind.MEMBERSHIPS, m -> m.path("team_id").asText().equals(id));
        return RouteReply.noContent();
    }

    private RouteReply members(Call call) {
        context.state().require(Kind.TEAMS, call.id());
        List<ObjectNode> members = context.state()
                .matching(Kind.MEMBERSHIPS, m -> m.path("team_id").asText().equals(call.id())).stream()
                .map(m -> {
                    ObjectNode member = Json.object();
                    member.set("user", context.refs().user(m.path("user_id").asText()));
                    member.put("role", m.path("role").asText());
                    return member;
                })
                .toList();
        return RouteReply.ok(Paging.page(call.request(), "members", members));
    }

    private RouteReply putMember(Call call) {
        JsonNode body = call.request().body().length == 0 ? Json.object() : Json.parse(call.request().body());
        String role = body.path("role").asText(context.state().require(Kind.TEAMS, call.id()).path("default_role").asText("manager"));
        if (role.equals("none")) {
            role = "responder";
        }
        context.state().require(Kind.USERS, call.param("user_id"));
        putMember(call.id(), call.param("user_id"), role);
        return RouteReply.noContent();
    }

    private RouteReply deleteMember(Call call) {
        context.state().require(Kind.TEAMS, call.id());
        context.state().require(Kind.USERS, call.param("user_id"));
        context.state().remove(Kind.MEMBERSHIPS, call.id() + "/" + call.param("user_id"));
        return RouteReply.noContent();
    }

    private RouteReply assignPolicy(Call call, boolean assign) {
        context.state().require(Kind.TEAMS, call.id());
        ObjectNode policy = context.state().require(Kind.ESCALATION_POLICIES, call.param("escalation_policy_id"));
        ArrayNode teams = policy.putArray("teams");
        if (assign) {
            // An escalation policy belongs to at most one team: assigning moves it.
            teams.add(teamReference(call.id()));
        }
        return RouteReply.noContent();
    }

    static ObjectNode teamReference(String id) {
        ObjectNode reference = Json.object();
        reference.put("id", id);
        reference.put("type", "team_reference");
        return reference;
    }

    static boolean belongsTo(ObjectNode owned, String teamId) {
        return Json.elements(owned.get("teams")).stream().anyMatch(team -> team.path("id").asText().equals(teamId));
    }

    private void validate(ObjectNode team) {
        String name = Checks.requiredText(team, "name");
        Checks.maxLength(team, "name", 100);
        Checks.maxLength(team, "description", 1024);
        Checks.oneOf(team, "default_role", Set.of("manager", "none"));
        Checks.uniqueName(context.state().all(Kind.TEAMS).values(), name, team.path("id").asText(), "Name has already been taken");
        JsonNode parent = team.get("parent");
        if (parent != null && !parent.isNull()) {
            String parentId = Checks.referenceId(parent, "parent", Set.of("team_reference", "team"));
            if (context.state().find(Kind.TEAMS, parentId).isEmpty() || parentId.equals(team.path("id").asText())) {
                throw PagerDutyError.invalidReference(6001, "Team");
            }
            team.set("parent", teamReference(parentId));
        }
    }

    ObjectNode view(ObjectNode team) {
        ObjectNode view = context.links().decorate(team, "teams", team.path("name").asText());
        if (team.path("parent").isObject()) {
            view.set("parent", context.refs().team(team.path("parent").path("id").asText()));
        }
        return view;
    }
}
