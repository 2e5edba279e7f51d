package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@code /users}: the people schedules, rules and teams refer to. */
final class UsersResource {

    static final Set<String> ROLES = Set.of("admin", "limited_user", "observer", "owner", "read_only_user",
            "restricted_access", "read_only_limited_user", "user");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> READ_ONLY = Set.of("id", "type", "summary", "self", "html_url", "avatar_url",
            "invitation_sent", "created_via_sso", "teams", "contact_methods", "notification_rules");

    private final Context context;
    private final UserContactsResource contacts;

    UsersResource(Context context) {
        this.context = context;
        this.contacts = new UserContactsResource(context);
        context.refs().expandWith(Kind.USERS, user -> view(user, Listing.NO_INCLUDES));
    }

    void register(Routes routes) {
        routes.add("GET", "/users", this::list)
                .add("POST", "/users", this::create)
                .add("GET", "/users/{id}", call -> RouteReply.ok(Json.wrap("user", view(context.state().require(Kind.USERS, call.id()), call.request()))))
                .add("PUT", "/users/{id}", this::update)
                .add("DELETE", "/users/{id}", this::delete);
        contacts.register(routes);
    }

    private RouteReply list(Call call) {
        SandboxRequest request = call.request();
        var users = context.state().all(Kind.USERS).values().stream();
        users = Listing.query(request, users, "name", "email");
        users = Listing.teams(request, users, user -> teamIds(user.path("id").asText()));
        users = Listing.sort(request, users);
        return RouteReply.ok(Paging.page(request, "users", users.toList(), user -> view(user, request)));
    }

    private RouteReply create(Call call) {
        if (call.request().header("From").filter(from -> !from.isBlank()).isEmpty()) {
            throw PagerDutyError.invalid("The From header is required: the email of a valid user");
        }
        return RouteReply.created(Json.wrap("user", view(create(Json.unwrap(call.request().body(), "user")), call.request())));
    }

    /** Creates a user from a request body; also used to load the seed. */
    ObjectNode create(ObjectNode body) {
        ObjectNode user = Json.object();
        user.put("id", context.state().newId());
        user.put("type", "user");
        user.put("name", "");
        user.put("time_zone", "Etc/UTC");
        user.put("color", "green");
        user.put("role", "user");
        user.putNull("description");
        user.putNull("job_title");
        user.put("invitation_sent", false);
        user.setAll(Json.without(body, READ_ONLY));
        validate(user);
        context.state().put(Kind.USERS, user.path("id").asText(), user);
        contacts.createDefault(user.path("id").asText(), user.path("email").asText());
        return user;
    }

    private RouteReply update(Call call) {
        ObjectNode user = context.patched(Kind.USERS, call, "user", READ_ONLY);
        validate(user);
        context.state().put(Kind.USERS, call.id(), user);
        return RouteReply.ok(Json.wrap("user", view(user, call.request())));
    }

    private RouteReply delete(Call call) {
        context.state().delete(Kind.USERS, call.id());
        context.state().removeIf(Kind.MEMBERSHIPS, m -> m.path("user_id").asText().equals(call.id()));
        contacts.forget(call.id());
        return RouteReply.noContent();
    }

    private void validate(ObjectNode user) {
        Checks.requiredText(user, "name");
        String email = Checks.requiredText(user, "email");
        for (String field : new String[] {"name", "email", "job_title"}) {
            Checks.maxLength(user, field, 100);
        }
        if (!EMAIL.matcher(email).matches()) {
            throw PagerDutyError.invalid("Email is invalid");
        }
        Checks.unique(context.state().all(Kind.USERS).values(), "email", email, user.path("id").asText(),
                "Email has already been taken");
        Checks.oneOf(user, "role", ROLES);
        Checks.timeZone(user.path("time_zone").asText());
    }

    ObjectNode view(ObjectNode user, SandboxRequest request) {
        ObjectNode view = context.links().decorate(user, "users", user.path("name").asText());
        var teams = view.putArray("teams");
        for (String teamId : teamIds(user.path("id").asText())) {
            teams.add(context.refs().expandable(Kind.TEAMS, teamId, Listing.includes(request, "teams")));
        }
        contacts.describe(view, user.path("id").asText(), request);
        return view;
    }

    private Set<String> teamIds(String userId) {
        return context.state().all(Kind.MEMBERSHIPS).values().stream()
                .filter(m -> m.path("user_id").asText().equals(userId))
                .map(m -> m.path("team_id").asText())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
