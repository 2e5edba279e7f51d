package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/**
 * PagerDuty's classic pagination: {@code limit} (default 25, at most 100), {@code offset},
 * {@code more}, and {@code total} only when {@code total=true}. A page that would reach past
 * record 10 000 is refused, as PagerDuty does.
 */
final class Paging {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;
    static final int MAX_RECORDS = 10_000;

    private Paging() {
    }

    /** Wraps one page of {@code items} under {@code wrapper} with the paging fields. */
    static ObjectNode page(SandboxRequest request, String wrapper, List<? extends JsonNode> items) {
        return page(request, wrapper, items, Function.identity());
    }

    /**
     * Like {@link #page(SandboxRequest, String, List)}, turning only the items on the page into their
     * answer form, so a page costs the same however long the list is.
     */
    static <T> ObjectNode page(SandboxRequest request, String wrapper, List<T> items, Function<? super T, ? extends JsonNode> view) {
        int limit = Math.min(intParam(request, "limit", DEFAULT_LIMIT), MAX_LIMIT);
        int offset = intParam(request, "offset", 0);
        if (limit < 1) {
            throw PagerDutyError.invalid("limit must be at least 1");
        }
        if (offset < 0) {
            throw PagerDutyError.invalid("offset must not be negative");
        }
        if ((long) offset + limit > MAX_RECORDS) {
            throw PagerDutyError.invalid("Offset + limit must be less than or equal to " + MAX_RECORDS);
        }
        ObjectNode page = Json.object();
        var array = page.putArray(wrapper);
        items.stream().skip(offset).limit(limit).map(view).forEach(array::add);
        page.put("limit", limit);
        page.put("offset", offset);
        page.put("more", offset + limit < items.size());
        if (request.queryValue("total").map("true"::equalsIgnoreCase).orElse(false)) {
            page.put("total", items.size());
        } else {
            page.putNull("total");
        }
        return page;
    }

    private static int intParam(SandboxRequest request, String name, int fallback) {
        String value = request.queryValue(name).orElse(null);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw PagerDutyError.invalid(name + " must be an integer, got '" + value + "'");
        }
    }
}
