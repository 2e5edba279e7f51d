package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/** The filters and sort order that list endpoints share: {@code query}, {@code team_ids[]}, {@code sort_by}. */
final class Listing {

    /** A read without {@code include[]}: what an included object looks like inside another one. */
    static final SandboxRequest NO_INCLUDES = new SandboxRequest("GET", "/", Map.of(), Map.of(), null);

    private Listing() {
    }

    /** Case-insensitive substring match of {@code query} against any of the given fields. */
    static Stream<ObjectNode> query(SandboxRequest request, Stream<ObjectNode> items, String... fields) {
        String query = request.queryValue("query").map(q -> q.toLowerCase(Locale.ROOT)).orElse("");
        if (query.isEmpty()) {
            return items;
        }
        return items.filter(item -> Stream.of(fields)
                .map(field -> item.path(field).asText("").toLowerCase(Locale.ROOT))
                .anyMatch(value -> value.contains(query)));
    }

    /** Keeps the items that belong to at least one of the teams in {@code team_ids[]}. */
    static Stream<ObjectNode> teams(SandboxRequest request, Stream<ObjectNode> items,
            Function<ObjectNode, Set<String>> teamsOf) {
        List<String> teamIds = request.queryValues("team_ids[]");
        if (teamIds.isEmpty()) {
            return items;
        }
        return items.filter(item -> teamsOf.apply(item).stream().anyMatch(teamIds::contains));
    }

    /** Orders by name when {@code sort_by} is {@code name}, {@code name:asc} or {@code name:desc}. */
    static Stream<ObjectNode> sort(SandboxRequest request, Stream<ObjectNode> items) {
        String sortBy = request.queryValue("sort_by").orElse("");
        Comparator<ObjectNode> byName = Comparator.comparing(item -> item.path("name").asText("").toLowerCase(Locale.ROOT));
        return switch (sortBy) {
            case "" -> items;
            case "name", "name:asc" -> items.sorted(byName);
            case "name:desc" -> items.sorted(byName.reversed());
            default -> throw PagerDutyError.invalid("sort_by must be one of name, name:asc, name:desc");
        };
    }

    static boolean includes(SandboxRequest request, String what) {
        return request.queryValues("include[]").contains(what);
    }
}
