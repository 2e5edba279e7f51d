package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/** A successful answer of a route: a status and a JSON body, or no body (204). */
record Reply(int status, JsonNode body) {

    static Reply ok(JsonNode body) {
        return new Reply(200, body);
    }

    static Reply created(JsonNode body) {
        return new Reply(201, body);
    }

    static Reply noContent() {
        return new Reply(204, null);
    }
}
