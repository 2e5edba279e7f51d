package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The shape the three per-user collections share ({@code /users/{id}/contact_methods}, {@code notification_rules},
 * {@code oncall_handoff_notification_rules}): list, create, read, partial update and delete of objects that belong
 * to one user. A child of another user answers 404, as PagerDuty scopes the ids to the user in the path.
 *
 * @param path the collection's path under {@code /users/{id}/}
 * @param singular the wrapper of one object in requests and answers
 * @param defaults the fields a create starts from, before the body
 * @param validate checks a created or changed object of the given user (400 otherwise)
 * @param view the object as the API shows it, from a stored copy (whose {@code user_id} is then left out)
 * @param beforeDelete refuses a delete (by throwing) or removes what goes with the object
 */
record UserChildren(Context context, Kind kind, String path, String singular, ObjectNode defaults,
        BiConsumer<ObjectNode, String> validate, UnaryOperator<ObjectNode> view, Consumer<ObjectNode> beforeDelete) {

    private static final Set<String> READ_ONLY = Set.of("id", "summary", "self", "html_url", "user_id", "created_at");
    private static final String OWNER = "user_id";

    void register(Routes routes) {
        String collection = "/users/{id}/" + path;
        String one = collection + "/{child_id}";
        routes.add("GET", collection, call -> RouteReply.ok(Paging.page(call.request(), path, of(owner(call)), this::show)))
                .add("POST", collection, this::create)
                .add("GET", one, call -> RouteReply.ok(Json.wrap(singular, show(require(call)))))
                .add("PUT", one, this::update)
                .add("DELETE", one, this::delete);
    }

    /** The user's objects, oldest first (ids are random, so the order they were made in is kept by a sequence). */
    List<ObjectNode> of(String userId) {
        return context.state().matching(kind, child -> child.path(OWNER).asText().equals(userId)).stream()
                .sorted(Comparator.comparingLong(child -> child.path("sequence").asLong()))
                .toList();
    }

    /** Stores a new object of the user; also how the login email contact method is made with a user. */
    ObjectNode create(String userId, ObjectNode body) {
        ObjectNode child = defaults.deepCopy();
        child.put("id", context.state().newId());
        child.setAll(Json.without(body, READ_ONLY));
        validate.accept(child, userId);
        child.put(OWNER, userId);
        child.put("sequence", context.state().nextSequence());
        context.state().put(kind, child.path("id").asText(), child);
        return child;
    }

    ObjectNode show(ObjectNode stored) {
        ObjectNode shown = view.apply(stored.deepCopy());
        shown.remove(OWNER);
        shown.remove("sequence");
        return shown;
    }

    private RouteReply create(Call call) {
        return RouteReply.created(Json.wrap(singular, show(create(owner(call), Json.unwrap(call.request().body(), singular)))));
    }

    private RouteReply update(Call call) {
        ObjectNode child = require(call).deepCopy();
        child.setAll(Json.without(Json.unwrap(call.request().body(), singular), READ_ONLY));
        validate.accept(child, call.id());
        context.state().put(kind, child.path("id").asText(), child);
        return RouteReply.ok(Json.wrap(singular, show(child)));
    }

    private RouteReply delete(Call call) {
        ObjectNode child = require(call);
        beforeDelete.accept(child);
        context.state().remove(kind, child.path("id").asText());
        return RouteReply.noContent();
    }

    private String owner(Call call) {
        context.state().require(Kind.USERS, call.id());
        return call.id();
    }

    ObjectNode require(Call call) {
        ObjectNode child = context.state().require(kind, call.param("child_id"));
        if (!child.path(OWNER).asText().equals(owner(call))) {
            throw PagerDutyError.notFound();
        }
        return child;
    }
}
