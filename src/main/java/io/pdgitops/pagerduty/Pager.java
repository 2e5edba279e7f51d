package io.pdgitops.pagerduty;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a whole list with PagerDuty's classic paging: {@code limit=100}, {@code offset} advanced by the number of
 * items actually received (PagerDuty may return fewer than the limit), while {@code more} is true. N records cost
 * about N/100 calls. Items that shift between pages while someone writes are kept once, by id.
 */
final class Pager {

    static final int PAGE_SIZE = 100;
    /** PagerDuty answers 400 when offset + limit exceeds this. */
    static final int OFFSET_LIMIT = 10_000;

    private final PagerDutyHttp http;

    Pager(PagerDutyHttp http) {
        this.http = http;
    }

    /**
     * @param listKey the wrapper of the list in each page, e.g. {@code services}
     * @param idOf    the identity used to drop an item seen on two pages
     */
    <T> List<T> readAll(ApiPath path, Query query, String listKey, Class<T> type, Function<T, String> idOf) {
        Map<String, T> byId = new LinkedHashMap<>();
        List<T> withoutId = new ArrayList<>();
        JavaType itemType = http.json().constructType(type);
        int offset = 0;
        while (true) {
            int limit = Math.min(PAGE_SIZE, OFFSET_LIMIT - offset);
            if (limit <= 0) {
                throw tooManyRecords(path, listKey);
            }
            JsonNode page = http.get(path, query.with("limit", limit).with("offset", offset));
            JsonNode items = page.path(listKey);
            for (JsonNode item : items) {
                T value = http.convert(item, itemType, "GET", path);
                String id = idOf.apply(value);
                if (id == null) {
                    withoutId.add(value);
                } else {
                    byId.putIfAbsent(id, value);
                }
            }
            if (!page.path("more").asBoolean(false) || items.isEmpty()) {
                break;
            }
            offset += items.size();
        }
        List<T> all = new ArrayList<>(byId.values());
        all.addAll(withoutId);
        return all;
    }

    private static PagerDutyException tooManyRecords(ApiPath path, String listKey) {
        return PagerDutyException.withoutResponse("PagerDuty returns at most " + OFFSET_LIMIT + " " + listKey
                + " through offset paging and this account has more; narrow the list with a filter (query=,"
                + " team_ids[]) to read them in parts", false, "GET", path.resolved(), null);
    }
}
