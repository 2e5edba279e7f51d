package io.pdgitops.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The routes of a set of resources, matched in registration order (literal paths before templates). */
final class Routes {

    private final List<Route> routes = new ArrayList<>();

    Routes add(String method, String template, Function<Call, RouteReply> handler) {
        routes.add(new Route(method, template, handler));
        return this;
    }

    List<Route> all() {
        return List.copyOf(routes);
    }

    Optional<Matched> match(String method, String path) {
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.match(path);
            if (params.isPresent() && route.method().equals(method)) {
                return Optional.of(new Matched(route, params.get()));
            }
        }
        return Optional.empty();
    }

    boolean knowsPath(String path) {
        return routes.stream().anyMatch(route -> route.match(path).isPresent());
    }

    record Matched(Route route, Map<String, String> params) {
    }
}
