package io.pdgitops.pagerduty;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The calls every resource shares, in PagerDuty's wrapped-entity form: one object travels as
 * {@code {"service": {...}}}, a list as {@code {"services": [...]}}.
 */
final class Entities {

    private final PagerDutyHttp http;
    private final Pager pager;

    Entities(PagerDutyHttp http) {
        this.http = http;
        this.pager = new Pager(http);
    }

    <T> T get(ApiPath path, Query query, String key, Class<T> type) {
        return unwrap(http.get(path, query), key, type, "GET", path);
    }

    <T> List<T> getAll(ApiPath path, Query query, String listKey, Class<T> type, Function<T, String> idOf) {
        return pager.readAll(path, query, listKey, type, idOf);
    }

    /**
     * A list PagerDuty pages by cursor: {@code next_cursor} leads to the next page and is null on the last. A cursor
     * that comes back twice ends the read rather than looping.
     */
    <T> List<T> getAllByCursor(ApiPath path, Query query, String listKey, Class<T> type) {
        List<T> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        do {
            JsonNode page = http.get(path, cursor == null ? query : query.with("cursor", cursor));
            all.addAll(list(page.path(listKey), type, "GET", path));
            JsonNode next = page.path("next_cursor");
            cursor = next.isTextual() && !next.asText().isEmpty() && seen.add(next.asText()) ? next.asText() : null;
        } while (cursor != null);
        return all;
    }

    /** A body that is not wrapped in an entity's name (an event orchestration's {@code active} flag). */
    JsonNode getBody(ApiPath path) {
        return http.get(path, Query.none());
    }

    /** A list that PagerDuty does not page (schedule overrides, abilities). */
    <T> List<T> getList(ApiPath path, Query query, String listKey, Class<T> type) {
        return list(http.get(path, query).path(listKey), type, "GET", path);
    }

    <T> T create(ApiPath path, Query query, String key, Object body, Class<T> type) {
        return unwrap(http.post(path, query, Map.of(key, body)).body(), key, type, "POST", path);
    }

    <T> T update(ApiPath path, Query query, String key, Object body, Class<T> type) {
        return unwrap(http.put(path, query, Map.of(key, body)).body(), key, type, "PUT", path);
    }

    /** A PUT whose body is not wrapped (team membership) or empty (null). */
    Reply put(ApiPath path, Object body) {
        return http.put(path, Query.none(), body);
    }

    Reply post(ApiPath path, Object body) {
        return http.post(path, Query.none(), body);
    }

    /** A POST that does the same when sent twice, retried on a 5xx or timeout like a PUT. */
    Reply postRepeatable(ApiPath path, Object body) {
        return http.postRepeatable(path, body);
    }

    /** A bodiless POST that does the same when sent twice and answers the object it acted on (an enable). */
    <T> T action(ApiPath path, String key, Class<T> type) {
        return unwrap(http.postRepeatable(path, null).body(), key, type, "POST", path);
    }

    Reply delete(ApiPath path, Query query) {
        return http.delete(path, query);
    }

    <T> List<T> list(JsonNode array, Class<T> type, String method, ApiPath path) {
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        JavaType listType = http.json().getTypeFactory().constructCollectionType(List.class, type);
        return http.convert(array, listType, method, path);
    }

    private <T> T unwrap(JsonNode body, String key, Class<T> type, String method, ApiPath path) {
        JsonNode entity = body.path(key);
        if (!entity.isObject()) {
            throw new PagerDutyException(200, null, "the response has no \"" + key + "\" object", List.of(), false,
                    method, path.resolved(), null);
        }
        return http.convert(entity, http.json().constructType(type), method, path);
    }
}
