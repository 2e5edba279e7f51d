package io.pdgitops.examples;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the PagerDuty limits that a configuration must stay within: escalation delays, target and
 * team counts, rotation lengths, restriction shapes and integration fields.
 */
final class LimitCheck {

    static final Set<String> INTEGRATION_TYPES = Set.of("events_api_v2", "events_api_v1", "nagios", "email", "vendor");
    static final Pattern INTEGRATION_EMAIL = Pattern.compile("[^@\\s]+@[a-z0-9-]+\\.pagerduty\\.com");
    static final long HOUR = 3_600;
    static final long DAY = 86_400;

    private final List<String> problems = new ArrayList<>();

    private LimitCheck() {}

    static List<String> problems(ConfigRepository repo) {
        LimitCheck check = new LimitCheck();
        repo.ofKind("EscalationPolicy").forEach(check::escalationPolicy);
        repo.ofKind("Schedule").forEach(check::schedule);
        repo.ofKind("Service").forEach(check::service);
        return List.copyOf(check.problems);
    }

    private void escalationPolicy(ConfigDocument doc) {
        Object loops = doc.body().getOrDefault("num_loops", 0);
        expect(doc, loops instanceof Integer n && n >= 0 && n <= 9, "num_loops must be 0..9, is " + loops);
        expect(doc, doc.strings("teams").size() <= 1, "at most one team");
        expect(doc, !doc.list("rules").isEmpty(), "at least one rule");
        for (Map<String, Object> rule : doc.list("rules")) {
            long delay = Durations.seconds(rule.get("escalation_delay"));
            expect(doc, delay >= 60 && delay % 60 == 0, "escalation_delay must be whole minutes >= 1m, is " + delay + "s");
            int targets = ((List<?>) rule.get("targets")).size();
            expect(doc, targets >= 1 && targets <= 10, "a rule needs 1..10 targets, has " + targets);
        }
    }

    @SuppressWarnings("unchecked")
    private void schedule(ConfigDocument doc) {
        for (Map<String, Object> layer : doc.list("layers")) {
            long turn = Durations.seconds(layer.get("rotation_turn_length"));
            expect(doc, turn >= HOUR && turn <= 365 * DAY, "rotation_turn_length must be 1h..365d, is " + turn + "s");
            expect(doc, !((List<?>) layer.get("users")).isEmpty(), "layer '" + layer.get("name") + "' has no users");
            for (Map<String, Object> restriction : (List<Map<String, Object>>) layer.getOrDefault("restrictions", List.of())) {
                restriction(doc, restriction);
            }
        }
    }

    private void restriction(ConfigDocument doc, Map<String, Object> restriction) {
        long duration = Durations.seconds(restriction.get("duration"));
        boolean weekly = "weekly".equals(restriction.get("type"));
        expect(doc, weekly == restriction.containsKey("start_day_of_week"), "start_day_of_week belongs to weekly restrictions only");
        expect(doc, weekly ? duration > 0 && duration < 7 * DAY : duration > 0 && duration < DAY,
            "restriction duration out of range: " + duration + "s");
    }

    private void service(ConfigDocument doc) {
        Set<String> names = new HashSet<>();
        for (Map<String, Object> integration : doc.list("integrations")) {
            Object type = integration.get("type");
            expect(doc, names.add((String) integration.get("name")), "duplicate integration " + integration.get("name"));
            expect(doc, INTEGRATION_TYPES.contains(type), "unknown integration type " + type);
            expect(doc, "vendor".equals(type) == integration.containsKey("vendor"), "vendor goes with type vendor only");
            expect(doc, "email".equals(type) == integration.containsKey("integration_email"),
                "integration_email goes with type email only");
            Object email = integration.get("integration_email");
            expect(doc, email == null || INTEGRATION_EMAIL.matcher((String) email).matches(), "bad integration_email " + email);
        }
    }

    private void expect(ConfigDocument doc, boolean holds, String rule) {
        if (!holds) {
            problems.add(doc.where() + ": " + rule);
        }
    }
}
