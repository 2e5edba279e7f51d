package io.pdgitops.export;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.EventRule;
import io.pdgitops.model.EventRules;
import io.pdgitops.model.Service;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A service's event rules and catch-all as an export writes them: only when there are some, and only when
 * pd-gitops can say all of them. An orchestration that routes to other rule sets or uses an action pd-gitops has no
 * field for, in a rule or the catch-all, is left out and reported: written without those parts, the first apply would delete
 * them. So is one switched off, whose first apply would switch it on.
 */
final class EventRuleExport {

    private EventRuleExport() {
    }

    static Optional<EventRules> of(Service live, List<UnexpressedSetting> leftOut) {
        if (live.eventRules().isEmpty() || live.eventRules().get().isDefault()) {
            return Optional.empty();
        }
        EventRules rules = live.eventRules().get();
        ResourceKey key = new ResourceKey(ResourceKind.SERVICE, live.name(), Optional.empty());
        if (!rules.active()) {
            // Declared rules are rules that run: written out, the first apply would switch them on.
            leftOut.add(new UnexpressedSetting(key, "event_rules", "not exported: the orchestration is switched off"
                    + " in PagerDuty (its rules do not run); switch it on, or remove its rules, and export again"));
            return Optional.empty();
        }
        Map<String, Object> unsaid = new LinkedHashMap<>(rules.unmodelled());
        for (int i = 0; i < rules.rules().size(); i++) {
            if (!rules.rules().get(i).unmodelled().isEmpty()) {
                unsaid.put("rule " + i, rules.rules().get(i).unmodelled().keySet());
            }
        }
        if (!rules.catchAll().unmodelled().isEmpty()) {
            unsaid.put(EventRules.CATCH_ALL, rules.catchAll().unmodelled().keySet());
        }
        if (!unsaid.isEmpty()) {
            leftOut.add(new UnexpressedSetting(key, "event_rules", "not exported: the orchestration uses what pd-gitops does not model: "
                            + unsaid.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                                    .collect(Collectors.joining("; "))));
            return Optional.empty();
        }
        return Optional.of(EventRules.declared(rules.rules().stream().map(EventRuleExport::clean).toList(),
                clean(rules.catchAll())));
    }

    /** PagerDuty answers null for the parts of a variable or extraction that are not used; YAML leaves them out. */
    private static EventRule clean(EventRule rule) {
        return new EventRule(rule.label(), rule.conditions(), rule.severity(), rule.suppress(), rule.suspend(),
                rule.eventAction(), rule.annotate(), withoutNulls(rule.variables()), withoutNulls(rule.extractions()),
                rule.disabled(), Map.of(), rule.path());
    }

    private static List<Map<String, Object>> withoutNulls(List<Map<String, Object>> items) {
        return items.stream().map(item -> {
            Map<String, Object> copy = new LinkedHashMap<>();
            item.forEach((field, value) -> {
                if (Objects.nonNull(value)) {
                    copy.put(field, value);
                }
            });
            return java.util.Collections.unmodifiableMap(copy);
        }).toList();
    }
}
