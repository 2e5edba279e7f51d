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
        return of(Collection.USERS, "user", "users", id);
    }

    ObjectNode team(String id) {
        return of(Collection.TEAMS, "team", "teams", id);
    }

    ObjectNode schedule(String id) {
        return of(Collection.SCHEDULES, "schedule", "schedules", id);
    }

    ObjectNode escalationPolicy(String id) {
        return of(Collection.ESCALATION_POLICIES, "escalation_policy", "escalation_policies", id);
    }

    ObjectNode service(String id) {
        return of(Collection.SERVICES, "service", "services", id);
    }

    ObjectNode integration(ObjectNode integration) {
        String id = integration.path("id").asText();
        ObjectNode reference = links.reference(integration.path("type").asText(), "services/"
                + integration.path("service_id").asText() + "/integrations", id, integration.path("name").asText(null));
        return reference;
    }

    private ObjectNode of(Collection collection, String type, String path, String id) {
        String summary = state.find(collection, id).map(found -> found.path("name").asText(null)).orElse(null);
        return links.reference(type, path, id, summary);
    }
}
