package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * References to stored objects. A reference to an object that was deleted keeps its id (PagerDuty
 * shows deleted objects as references too) but has no summary.
 */
final class Refs {

    private final SandboxState state;
    private final Links links;

    Refs(SandboxState state, Links links) {
        this.state = state;
        this.links = links;
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
    ObjectNode expandable(Kind collection, String id, boolean expand) {
        String path = collection.key();
        ObjectNode stored = state.find(collection, id).orElse(null);
        if (expand && stored != null) {
            return links.decorate(stored, path, stored.path("name").asText());
        }
        return links.reference(typeOf(collection), path, id, stored == null ? null : stored.path("name").asText(null));
    }

    ObjectNode integration(ObjectNode integration) {
        return links.reference(integration.path("type").asText(),
                "services/" + integration.path("service_id").asText() + "/integrations",
                integration.path("id").asText(), integration.path("name").asText(null));
    }

    private static String typeOf(Kind collection) {
        return switch (collection) {
            case USERS -> "user";
            case TEAMS -> "team";
            case SCHEDULES -> "schedule";
            case ESCALATION_POLICIES -> "escalation_policy";
            case SERVICES -> "service";
            default -> throw new IllegalArgumentException("no references to " + collection);
        };
    }
}
