package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/** A successful answer of a route: a status and a JSON body, or no body (204). */
record RouteReply(int status, JsonNode body) {

    static RouteReply ok(JsonNode body) {
        return new RouteReply(200, body);
    }

    static RouteReply created(JsonNode body) {
        return new RouteReply(201, body);
    }

    static RouteReply noContent() {
        return new RouteReply(204, null);
    }
}
