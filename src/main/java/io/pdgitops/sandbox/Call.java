package io.pdgitops.sandbox;

import java.util.Map;

/** A request matched to a route, with the values of the route's path parameters. */
record Call(SandboxRequest request, Map<String, String> params) {

    String param(String name) {
        return params.get(name);
    }

    String id() {
        return params.get("id");
    }
}
