package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.schedule.Entry;
import io.pdgitops.schedule.Window;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /oncalls}: who is on call, per escalation policy and level, over a time range. A user target is on call
 * for good (no start, no end, no schedule); a schedule target is on call in the entries of the schedule's final
 * rendering (layers and overrides) that overlap the range, with each entry's own start and end.
 */
final class OnCallsResource {

    /** PagerDuty answers for at most 90 days ahead. */
    static final Duration FUTURE_LIMIT = Duration.ofDays(90);
    /**
     * How far around the asked range a schedule is rendered, so that a shift under way shows where it really starts
     * and ends; a longer shift is cut there (a listed deviation).
     */
    static final Duration SHIFT_REACH = Duration.ofDays(35);

    private final Context context;
    private final OverridesResource overrides;
    private final ScheduleRendering rendering;

    OnCallsResource(Context context, OverridesResource overrides) {
        this.context = context;
        this.overrides = overrides;
        this.rendering = new ScheduleRendering(context.refs(), context.dstHandOffs());
    }

    void register(Routes routes) {
        routes.add("GET", "/oncalls", this::list);
    }

    /** One on-call: {@code scheduleId}, {@code start} and {@code end} are null for a user targeted directly. */
    private record OnCall(String policyId, int level, String scheduleId, String userId, Instant start, Instant end) {

        boolean permanent() {
            return start == null;
        }
    }

    private RouteReply list(Call call) {
        SandboxRequest request = call.request();
        Instant now = context.now();
        Instant since = request.queryValue("since").map(text -> Checks.timestamp("since", text)).orElse(now);
        Instant until = request.queryValue("until").map(text -> Checks.timestamp("until", text)).orElse(since);
        if (until.isBefore(since)) {
            throw PagerDutyError.invalid("The until time cannot be before the since time");
        }
        if (until.isAfter(now.plus(FUTURE_LIMIT))) {
            throw PagerDutyError.invalid("On-call shifts are limited to 90 days in the future");
        }
        ZoneId zone = request.queryValue("time_zone").map(Checks::timeZone).orElse(ZoneOffset.UTC);
        List<OnCall> found = new ArrayList<>();
        Map<String, List<Entry>> finals = new HashMap<>();
        List<String> policyIds = request.queryValues("escalation_policy_ids[]");
        List<ObjectNode> policies = context.state().all(Kind.ESCALATION_POLICIES).values().stream()
                .filter(policy -> policyIds.isEmpty() || policyIds.contains(policy.path("id").asText()))
                .toList();
        for (ObjectNode policy : policies) {
            List<JsonNode> rules = Json.elements(policy.get("escalation_rules"));
            for (int level = 1; level <= rules.size(); level++) {
                for (JsonNode target : Json.elements(rules.get(level - 1).get("targets"))) {
                    String id = target.path("id").asText();
                    if (target.path("type").asText().startsWith("user")) {
                        found.add(new OnCall(policy.path("id").asText(), level, null, id, null, null));
                    } else {
                        List<Entry> entries = finals.computeIfAbsent(id, schedule -> finalEntries(schedule, since, until));
                        for (Entry entry : entries) {
                            if (overlaps(entry, since, until)) {
                                found.add(new OnCall(policy.path("id").asText(), level, id, entry.user(), entry.start(),
                                        entry.end()));
                            }
                        }
                    }
                }
            }
        }
        List<OnCall> answered = filtered(request, found);
        Set<String> includes = new HashSet<>(request.queryValues("include[]"));
        return RouteReply.ok(Paging.page(request, "oncalls", answered, onCall -> view(onCall, zone, includes)));
    }

    private List<Entry> finalEntries(String scheduleId, Instant since, Instant until) {
        ObjectNode schedule = context.state().find(Kind.SCHEDULES, scheduleId).orElse(null);
        if (schedule == null) {
            return List.of();
        }
        ZoneId zone = ZoneId.of(schedule.path("time_zone").asText());
        Window window = new Window(since.minus(SHIFT_REACH), until.plus(SHIFT_REACH), false);
        return rendering.render(schedule, overrides.ofSchedule(scheduleId), new RenderParameters(window, zone))
                .finalSchedule().entries();
    }

    /** An instant asked for ({@code since == until}) is inside an entry that holds it; a range overlaps. */
    private static boolean overlaps(Entry entry, Instant since, Instant until) {
        Instant end = until.equals(since) ? since.plusNanos(1) : until;
        return entry.start().isBefore(end) && entry.end().isAfter(since);
    }

    /**
     * The filters on users and schedules ({@code null} in {@code schedule_ids[]} keeps users targeted directly), then
     * {@code earliest}: one on-call, the first, per policy, level and user.
     */
    private static List<OnCall> filtered(SandboxRequest request, List<OnCall> found) {
        List<String> userIds = request.queryValues("user_ids[]");
        List<String> scheduleIds = request.queryValues("schedule_ids[]");
        boolean earliest = request.queryValue("earliest").map("true"::equalsIgnoreCase).orElse(false);
        Comparator<OnCall> order = Comparator.comparing(OnCall::policyId).thenComparingInt(OnCall::level)
                .thenComparing(OnCall::start, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(OnCall::userId);
        Set<String> seen = new HashSet<>();
        return found.stream()
                .filter(onCall -> userIds.isEmpty() || userIds.contains(onCall.userId()))
                .filter(onCall -> scheduleIds.isEmpty()
                        || (onCall.permanent() ? scheduleIds.contains("null") : scheduleIds.contains(onCall.scheduleId())))
                .sorted(order)
                .filter(onCall -> !earliest || seen.add(onCall.policyId() + "/" + onCall.level() + "/" + onCall.userId()))
                .toList();
    }

    private ObjectNode view(OnCall onCall, ZoneId zone, Set<String> includes) {
        Refs refs = context.refs();
        ObjectNode node = Json.object();
        node.set("escalation_policy", refs.expandable(Kind.ESCALATION_POLICIES, onCall.policyId(),
                includes.contains("escalation_policies")));
        node.put("escalation_level", onCall.level());
        if (onCall.permanent()) {
            node.putNull("schedule");
            node.putNull("start");
            node.putNull("end");
        } else {
            node.set("schedule", refs.expandable(Kind.SCHEDULES, onCall.scheduleId(), includes.contains("schedules")));
            node.put("start", Timestamps.format(onCall.start(), zone));
            node.put("end", Timestamps.format(onCall.end(), zone));
        }
        node.set("user", refs.expandable(Kind.USERS, onCall.userId(), includes.contains("users")));
        return node;
    }
}
