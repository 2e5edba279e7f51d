package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /audit/records}: one record for every write the sandbox took, on the resource PagerDuty files it under
 * (an integration's or override's write is an update of its service or schedule, a membership change one of its
 * team), newest first, with cursor paging. An account configured without the Audit Trail feature gets PagerDuty's
 * 402 instead.
 */
final class AuditTrail {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;
    /** PagerDuty refuses a window wider than this. */
    static final Duration MAX_WINDOW = Duration.ofDays(31);

    private static final Map<String, String> ROOT_TYPES = Map.of(
            "services", "service_reference",
            "schedules", "schedule_reference",
            "escalation_policies", "escalation_policy_reference",
            "teams", "team_reference",
            "users", "user_reference");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX");

    private final Context context;
    private final boolean available;
    /** Oldest first; only ever appended to, under the sandbox's lock. */
    private final List<ObjectNode> records = new ArrayList<>();

    /** @param available whether the account has the Audit Trail feature */
    AuditTrail(Context context, boolean available) {
        this.context = context;
        this.available = available;
    }

    void register(Routes routes) {
        routes.add("GET", "/audit/records", this::list);
    }

    /**
     * Files the write {@code call} made through {@code route}, which answered {@code reply}; writes outside the
     * audited resources (overrides' own paths aside) leave no record.
     */
    synchronized void wrote(Route route, Call call, RouteReply reply, Instant at) {
        String[] segments = route.template().substring(1).split("/");
        String rootType = ROOT_TYPES.get(segments[0]);
        if (rootType == null) {
            return;
        }
        boolean onRoot = segments.length <= 2;
        String rootId = segments.length >= 2 ? call.id() : createdId(reply, segments[0]);
        if (rootId == null) {
            return;
        }
        String action = !onRoot ? "update" : switch (route.method()) {
            case "POST" -> "create";
            case "DELETE" -> "delete";
            default -> "update";
        };
        ObjectNode record = Json.object();
        record.put("id", context.state().newId());
        record.putNull("self");
        record.put("execution_time", MILLIS.format(at.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC)));
        ObjectNode actor = record.putArray("actors").addObject();
        actor.put("id", "PSANDBOX");
        actor.put("type", "api_key_reference");
        actor.put("summary", "sandbox API token");
        ObjectNode method = record.putObject("method");
        // The real API shows the token's last four characters; the sandbox shows none of a secret.
        method.putNull("truncated_token");
        method.put("type", "api_token");
        ObjectNode root = record.putObject("root_resource");
        root.put("id", rootId);
        root.put("type", rootType);
        record.put("action", action);
        records.add(record);
    }

    private static String createdId(RouteReply reply, String collection) {
        if (reply.body() == null) {
            return null;
        }
        String wrapper = collection.equals("escalation_policies") ? "escalation_policy"
                : collection.substring(0, collection.length() - 1);
        JsonNode id = reply.body().path(wrapper).path("id");
        return id.isTextual() ? id.asText() : null;
    }

    private synchronized RouteReply list(Call call) {
        if (!available) {
            throw new PagerDutyError(402, 2012, "Account does not have the abilities to perform the action",
                    List.of("The account does not have the Audit Trail feature"));
        }
        SandboxRequest request = call.request();
        Instant now = context.clock().instant();
        Instant until = instant(request, "until", now);
        Instant since = instant(request, "since", until.minus(Duration.ofDays(1)));
        if (since.isAfter(until) || Duration.between(since, until).compareTo(MAX_WINDOW) > 0) {
            throw PagerDutyError.invalid("until must not be before since nor more than 31 days after it");
        }
        int limit = Math.min(number(request, "limit", DEFAULT_LIMIT), MAX_LIMIT);
        int skip = request.queryValue("cursor").filter(cursor -> !cursor.isBlank()).map(AuditTrail::offset).orElse(0);
        List<ObjectNode> matching = new ArrayList<>();
        for (int i = records.size() - 1; i >= 0; i--) {
            Instant at = OffsetDateTime.parse(records.get(i).path("execution_time").asText()).toInstant();
            if (!at.isBefore(since) && at.isBefore(until.plusMillis(1))) {
                matching.add(records.get(i));
            }
        }
        ObjectNode page = Json.object();
        var array = page.putArray("records");
        matching.stream().skip(skip).limit(limit).forEach(array::add);
        page.put("limit", limit);
        if (skip + limit < matching.size()) {
            page.put("next_cursor", cursor(skip + limit));
        } else {
            page.putNull("next_cursor");
        }
        return RouteReply.ok(page);
    }

    private static Instant instant(SandboxRequest request, String name, Instant fallback) {
        String value = request.queryValue(name).orElse(null);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeException e) {
            throw PagerDutyError.invalid(name + " must be an ISO 8601 date-time, got '" + value + "'");
        }
    }

    private static int number(SandboxRequest request, String name, int fallback) {
        String value = request.queryValue(name).orElse(null);
        try {
            int parsed = value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
            if (parsed < 1) {
                throw PagerDutyError.invalid(name + " must be at least 1");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw PagerDutyError.invalid(name + " must be an integer, got '" + value + "'");
        }
    }

    /** The cursor is opaque to clients; here it is the number of records already returned. */
    private static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("audit:" + offset).getBytes(StandardCharsets.US_ASCII));
    }

    private static int offset(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.trim()),
                    StandardCharsets.US_ASCII);
            if (!decoded.startsWith("audit:")) {
                throw new IllegalArgumentException(decoded);
            }
            return Integer.parseInt(decoded.substring("audit:".length()));
        } catch (IllegalArgumentException e) {
            throw PagerDutyError.invalid("cursor is not one this API returned");
        }
    }
}
