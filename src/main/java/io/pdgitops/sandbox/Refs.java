package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * References to stored objects. A reference to an object that was deleted keeps its id (PagerDuty
 * shows deleted objects as references too) but has no summary.
 */
final class Refs {

    private final SandboxState state;
    private final Links links;
    private final Map<Kind, Function<ObjectNode, ObjectNode>> views = new EnumMap<>(Kind.class);

    Refs(SandboxState state, Links links) {
        this.state = state;
        this.links = links;
    }

    /** How an {@code include[]} shows a whole object of {@code kind}: the same as its own read, minus nested includes. */
    void expandWith(Kind kind, Function<ObjectNode, ObjectNode> view) {
        views.put(kind, view);
    }

    ObjectNode user(String id) {
        return expandable(Kind.USERS, id, false);
    }

    ObjectNode team(String id) {
        return expandable(Kind.TEAMS, id, false);
    }

    ObjectNode schedule(String id) {
        return expandable(Kind.SCHEDULES, id, false);
    }

    ObjectNode escalationPolicy(String id) {
        return expandable(Kind.ESCALATION_POLICIES, id, false);
    }

    ObjectNode service(String id) {
        return expandable(Kind.SERVICES, id, false);
    }

    /**
     * The whole object when {@code expand} (an {@code include[]} asked for it) and it still exists,
     * otherwise a reference.
     */
    ObjectNode expandable(Kind kind, String id, boolean expand) {
        String path = kind.key();
        ObjectNode stored = state.find(kind, id).orElse(null);
        if (expand && stored != null) {
            return views.getOrDefault(kind, object -> links.decorate(object, path, object.path("name").asText())).apply(stored);
        }
        return links.reference(typeOf(kind), path, id, stored == null ? null : stored.path("name").asText(null));
    }

    ObjectNode integration(ObjectNode integration) {
        return links.reference(integration.path("type").asText(),
                "services/" + integration.path("service_id").asText() + "/integrations",
                integration.path("id").asText(), integration.path("name").asText(null));
    }

    private static String typeOf(Kind kind) {
        return switch (kind) {
            case USERS -> "user";
            case TEAMS -> "team";
            case SCHEDULES -> "schedule";
            case ESCALATION_POLICIES -> "escalation_policy";
            case SERVICES -> "service";
            case BUSINESS_SERVICES -> "business_service";
            default -> throw new IllegalArgumentException("no references to " + kind);
        };
    }
}
