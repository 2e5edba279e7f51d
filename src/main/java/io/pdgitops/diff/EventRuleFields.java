package io.pdgitops.diff;

import io.pdgitops.model.AlertGrouping;
import io.pdgitops.model.EventRule;
import io.pdgitops.model.EventRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Flattens a service's event rules, one field per rule ({@code event_rules[0]}, ...), one for how many there are
 * (with whatever else the live orchestration holds), one for whether PagerDuty runs them
 * ({@code event_rules.active}: rules switched off in the UI are drift) and one for the catch-all's actions
 * ({@code event_rules.catch_all}), and its alert grouping. Both sides are normalised alike: what
 * means "not set" (suppress false, suspend 0, disabled false, a variable's implied type {@code regex}, null entries)
 * is left out, so a rule PagerDuty echoes back with its defaults filled in compares equal to the declared one.
 */
final class EventRuleFields {

    static final String FIELD = "event_rules";
    static final String ACTIVE = FIELD + ".active";
    static final String CATCH_ALL = FIELD + ".catch_all";

    private EventRuleFields() {
    }

    static void put(FlatFields fields, EventRules rules) {
        String count = rules.rules().size() + (rules.rules().size() == 1 ? " rule" : " rules");
        fields.put(FIELD, rules.unmodelled().isEmpty() ? FlatValue.plain(count)
                : FlatValue.of(count + ", and not managed by pd-gitops: " + Values.structure(rules.unmodelled()).display(),
                        List.of(count, rules.unmodelled())));
        fields.put(ACTIVE, FlatValue.plain(Boolean.toString(rules.active())));
        // Always compared: the default catch-all ("nothing") is what a repository without catch_all asks for.
        fields.put(CATCH_ALL, FlatValue.of(summary(rules.catchAll(), "events no rule matches"), key(rules.catchAll())));
        for (int i = 0; i < rules.rules().size(); i++) {
            EventRule rule = rules.rules().get(i);
            String when = rule.conditions().isEmpty() ? "every event"
                    : rule.conditions().stream().collect(Collectors.joining(" or "));
            String name = rule.label().map(Values::quote).orElse("(no label)");
            fields.put(FlatFields.index(FIELD, i), FlatValue.of(summary(rule, name + " when " + when), key(rule)));
        }
    }

    static FlatValue grouping(AlertGrouping grouping) {
        if (grouping.type().isEmpty()) {
            return FlatValue.plain("off");
        }
        List<String> parts = new ArrayList<>();
        parts.add(grouping.type().get());
        grouping.aggregate().ifPresent(aggregate -> parts.add("aggregate " + aggregate));
        grouping.fields().ifPresent(names -> parts.add("fields " + Values.list(names)));
        grouping.timeWindow().ifPresent(window -> parts.add("time_window " + window(window)));
        grouping.timeout().ifPresent(timeout -> parts.add("timeout " + window(timeout)));
        return FlatValue.plain(String.join(", ", parts));
    }

    private static String window(Duration duration) {
        return duration.isZero() ? "0" : Values.durationText(duration);
    }

    /** What the rule means, as compared. */
    static Map<String, Object> key(EventRule rule) {
        Map<String, Object> key = new LinkedHashMap<>();
        rule.label().ifPresent(label -> key.put("label", label));
        if (!rule.conditions().isEmpty()) {
            key.put("when", rule.conditions());
        }
        rule.severity().ifPresent(severity -> key.put("severity", severity));
        rule.suppress().filter(Boolean::booleanValue).ifPresent(suppress -> key.put("suppress", true));
        rule.suspend().filter(suspend -> !suspend.isZero()).ifPresent(suspend -> key.put("suspend", suspend.toSeconds()));
        rule.eventAction().ifPresent(action -> key.put("event_action", action));
        rule.annotate().ifPresent(annotate -> key.put("annotate", annotate));
        if (!rule.variables().isEmpty()) {
            key.put("variables", rule.variables().stream().map(variable -> {
                Map<String, Object> normal = withoutNulls(variable);
                normal.putIfAbsent("type", "regex");
                return normal;
            }).toList());
        }
        if (!rule.extractions().isEmpty()) {
            key.put("extractions", rule.extractions().stream().map(EventRuleFields::withoutNulls).toList());
        }
        if (rule.disabled()) {
            key.put("disabled", true);
        }
        if (!rule.unmodelled().isEmpty()) {
            key.put("not managed by pd-gitops", rule.unmodelled());
        }
        return key;
    }

    /** @param subject the rule and the events it acts on, in words */
    private static String summary(EventRule rule, String subject) {
        Map<String, Object> key = key(rule);
        Map<String, Object> actions = new LinkedHashMap<>(key);
        actions.remove("label");
        actions.remove("when");
        String doing = actions.entrySet().stream()
                .map(entry -> entry.getValue() instanceof String text ? entry.getKey() + " " + text
                        : Boolean.TRUE.equals(entry.getValue()) ? entry.getKey()
                        : entry.getKey() + " " + Values.structure(entry.getValue()).display())
                .collect(Collectors.joining(", "));
        return subject + ": " + (doing.isEmpty() ? "nothing" : doing);
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> normal = new LinkedHashMap<>();
        map.forEach((field, value) -> {
            if (Objects.nonNull(value)) {
                normal.put(field, value);
            }
        });
        return normal;
    }
}
