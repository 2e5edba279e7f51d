package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /tags} and the tags of users, teams and escalation policies. A tagging is stored as
 * {@code {tag_id, entity_type, entity_id}} under {@code tag/type/id}, so adding a tag twice keeps one.
 * Labels are unique without regard to case, as in PagerDuty: adding a label that exists (in any case)
 * reuses that tag, and creating one answers 400.
 */
final class TagsResource {

    /** Entity types of the spec's {@code entity_type} parameter, with the collection that holds them. */
    private static final Map<String, Kind> ENTITY_TYPES = Map.of(
            "users", Kind.USERS, "teams", Kind.TEAMS, "escalation_policies", Kind.ESCALATION_POLICIES);
    private static final Map<String, String> REFERENCE_TYPES = Map.of(
            "users", "user_reference", "teams", "team_reference", "escalation_policies", "escalation_policy_reference");
    private static final int MAX_LABEL = 191;

    private final Context context;

    TagsResource(Context context) {
        this.context = context;
    }

    void register(Routes routes) {
        routes.add("GET", "/tags", this::list)
                .add("POST", "/tags", call -> RouteReply.created(Json.wrap("tag", view(create(Json.unwrap(call.request().body(), "tag"))))))
                .add("GET", "/tags/{id}", call -> RouteReply.ok(Json.wrap("tag", view(context.state().require(Kind.TAGS, call.id())))))
                .add("DELETE", "/tags/{id}", this::delete)
                .add("GET", "/tags/{id}/{entity_type}", this::taggedEntities)
                .add("GET", "/{entity_type}/{id}/tags", this::entityTags)
                .add("POST", "/{entity_type}/{id}/change_tags", this::changeTags);
    }

    private RouteReply list(Call call) {
        var tags = Listing.query(call.request(), sorted(context.state().all(Kind.TAGS).values()).stream(), "label");
        return RouteReply.ok(Paging.page(call.request(), "tags", tags.toList(), this::view));
    }

    private ObjectNode create(ObjectNode body) {
        String label = label(body);
        if (byLabel(label).isPresent()) {
            throw PagerDutyError.invalid("Label has already been taken");
        }
        return store(label);
    }

    private RouteReply delete(Call call) {
        context.state().delete(Kind.TAGS, call.id());
        context.state().removeIf(Kind.TAGGINGS, tagging -> tagging.path("tag_id").asText().equals(call.id()));
        return RouteReply.noContent();
    }

    /** The references of the entities of one type that carry the tag, paged like any list. */
    private RouteReply taggedEntities(Call call) {
        String type = call.param("entity_type");
        entityKind(type);
        context.state().require(Kind.TAGS, call.id());
        List<ObjectNode> references = context.state()
                .matching(Kind.TAGGINGS, tagging -> tagging.path("tag_id").asText().equals(call.id())
                        && tagging.path("entity_type").asText().equals(type))
                .stream()
                .map(tagging -> tagging.path("entity_id").asText())
                .sorted()
                .map(id -> reference(type, id))
                .toList();
        return RouteReply.ok(Paging.page(call.request(), type, references));
    }

    private static ObjectNode reference(String entityType, String id) {
        ObjectNode reference = Json.object();
        reference.put("id", id);
        reference.put("type", REFERENCE_TYPES.get(entityType));
        return reference;
    }

    private RouteReply entityTags(Call call) {
        String type = call.param("entity_type");
        context.state().require(entityKind(type), call.id());
        List<ObjectNode> tags = context.state().matching(Kind.TAGGINGS, tagging -> isOn(tagging, type, call.id())).stream()
                .map(tagging -> context.state().require(Kind.TAGS, tagging.path("tag_id").asText()))
                .toList();
        return RouteReply.ok(Paging.page(call.request(), "tags", sorted(tags), this::view));
    }

    /** Removals first, then additions, all or nothing: a bad reference leaves the entity as it was. */
    private RouteReply changeTags(Call call) {
        String type = call.param("entity_type");
        context.state().require(entityKind(type), call.id());
        JsonNode body = Json.parse(call.request().body());
        for (JsonNode remove : Json.elements(body.path("remove"))) {
            String tagId = context.state().find(Kind.TAGS, remove.path("id").asText())
                    .orElseThrow(() -> PagerDutyError.invalidReference(2100, "Tag")).path("id").asText();
            context.state().remove(Kind.TAGGINGS, key(tagId, type, call.id()));
        }
        for (JsonNode add : Json.elements(body.path("add"))) {
            ObjectNode tag = switch (add.path("type").asText()) {
                case "tag_reference" -> context.state().find(Kind.TAGS, add.path("id").asText())
                        .orElseThrow(() -> PagerDutyError.invalidReference(2100, "Tag"));
                case "tag" -> byLabel(label((ObjectNode) add)).orElseGet(() -> store(label((ObjectNode) add)));
                default -> throw PagerDutyError.invalid("Type must be one of tag, tag_reference");
            };
            tag(tag.path("id").asText(), type, call.id());
        }
        return RouteReply.ok(Json.object());
    }

    private void tag(String tagId, String type, String entityId) {
        ObjectNode tagging = Json.object();
        tagging.put("tag_id", tagId);
        tagging.put("entity_type", type);
        tagging.put("entity_id", entityId);
        context.state().put(Kind.TAGGINGS, key(tagId, type, entityId), tagging);
    }

    private ObjectNode store(String label) {
        ObjectNode tag = Json.object();
        tag.put("id", context.state().newId());
        tag.put("type", "tag");
        tag.put("label", label);
        context.state().put(Kind.TAGS, tag.path("id").asText(), tag);
        return tag;
    }

    private Optional<ObjectNode> byLabel(String label) {
        return context.state().all(Kind.TAGS).values().stream()
                .filter(tag -> tag.path("label").asText().equalsIgnoreCase(label))
                .findFirst();
    }

    private static String label(ObjectNode body) {
        String label = body.path("label").asText("");
        if (label.isBlank()) {
            throw PagerDutyError.invalid("Label can't be blank");
        }
        if (label.length() > MAX_LABEL) {
            throw PagerDutyError.invalid("Label is too long (maximum is " + MAX_LABEL + " characters)");
        }
        return label;
    }

    private static Kind entityKind(String type) {
        Kind kind = ENTITY_TYPES.get(type);
        if (kind == null) {
            throw PagerDutyError.notFound();
        }
        return kind;
    }

    private static boolean isOn(ObjectNode tagging, String type, String entityId) {
        return tagging.path("entity_type").asText().equals(type) && tagging.path("entity_id").asText().equals(entityId);
    }

    private static String key(String tagId, String type, String entityId) {
        return tagId + "/" + type + "/" + entityId;
    }

    private static List<ObjectNode> sorted(Collection<ObjectNode> tags) {
        return tags.stream().sorted(Comparator.comparing(tag -> tag.path("label").asText().toLowerCase(Locale.ROOT))).toList();
    }

    private ObjectNode view(ObjectNode tag) {
        ObjectNode view = context.links().decorate(tag, "tags", tag.path("label").asText());
        view.putNull("html_url");
        return view;
    }
}
