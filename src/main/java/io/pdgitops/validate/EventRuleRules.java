package io.pdgitops.validate;

import io.pdgitops.model.AlertGrouping;
import io.pdgitops.model.EventRule;
import io.pdgitops.model.EventRules;
import io.pdgitops.model.FieldPath;
import io.pdgitops.model.Origin;
import io.pdgitops.model.Service;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the schema cannot see in a service's event rules and alert grouping: a condition that is blank or cut off
 * (an open quote or bracket, which PagerDuty would refuse at apply time, after the plan looked fine), a variable
 * used but not defined in its rule or the catch-all, a catch-all without the rules it belongs to, and grouping
 * windows outside PagerDuty's ranges.
 */
final class EventRuleRules {

    private static final Pattern VARIABLE_USE = Pattern.compile("\\{\\{\\s*variables\\.([A-Za-z0-9_]+)\\s*}}");
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final Duration ONE_HOUR = Duration.ofHours(1);
    private static final Duration ONE_DAY = Duration.ofDays(1);

    private EventRuleRules() {
    }

    static void check(List<Service> services, List<Violation> violations) {
        for (Service service : services) {
            service.eventRules().ifPresent(rules -> {
                rules.rules().forEach(rule -> checkRule(rule, service.origin(), violations));
                checkRule(rules.catchAll(), service.origin(), violations);
            });
            String catchAll = FieldPath.of(EventRules.CATCH_ALL);
            if (service.eventRules().isEmpty() && service.origin().fields().containsKey(catchAll)) {
                // Written alone it would be dropped: the catch-all is part of the orchestration event_rules manages.
                violations.add(Violation.error(ViolationCode.MISSING_FIELD, service.origin().keyLocationOf(catchAll),
                        "`catch_all` needs `event_rules` beside it (`event_rules: []` for a catch-all alone)"));
            }
            service.alertGroupingParameters().ifPresent(grouping -> checkGrouping(grouping, service.origin(), violations));
        }
    }

    private static void checkRule(EventRule rule, Origin origin, List<Violation> violations) {
        String when = FieldPath.child(rule.path(), "when");
        List<String> conditions = rule.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            String path = origin.fields().containsKey(FieldPath.child(when, i)) ? FieldPath.child(when, i) : when;
            String problem = PclShape.problem(conditions.get(i));
            if (problem != null) {
                violations.add(Violation.error(ViolationCode.INVALID_FORMAT, origin.locationOf(path),
                        "`" + DisplayPath.of(path) + "`: " + problem));
            }
        }
        Set<String> defined = new HashSet<>();
        rule.variables().forEach(variable -> defined.add(String.valueOf(variable.get("name"))));
        for (int i = 0; i < rule.extractions().size(); i++) {
            Map<String, Object> extraction = rule.extractions().get(i);
            String path = FieldPath.child(FieldPath.child(FieldPath.child(rule.path(), "extractions"), i), "template");
            checkUses(extraction.get("template"), defined, path, origin, violations);
        }
        rule.annotate().ifPresent(text -> checkUses(text, defined, FieldPath.child(rule.path(), "annotate"), origin,
                violations));
    }

    private static void checkUses(Object text, Set<String> defined, String path, Origin origin,
            List<Violation> violations) {
        if (!(text instanceof String template)) {
            return;
        }
        Matcher use = VARIABLE_USE.matcher(template);
        while (use.find()) {
            if (!defined.contains(use.group(1))) {
                violations.add(Violation.error(ViolationCode.DANGLING_REFERENCE, origin.locationOf(path),
                        "`" + DisplayPath.of(path) + "` uses `variables." + use.group(1)
                                + "`, which this rule's `variables` does not define"));
            }
        }
    }

    private static void checkGrouping(AlertGrouping grouping, Origin origin, List<Violation> violations) {
        String config = FieldPath.of("alert_grouping_parameters", "config");
        String type = grouping.type().orElse("");
        grouping.timeWindow().ifPresent(window -> {
            boolean allowed = window.isZero() || inRange(window, FIVE_MINUTES, ONE_HOUR)
                    || type.equals("content_based") && window.equals(ONE_DAY);
            if (!allowed) {
                String path = FieldPath.child(config, "time_window");
                violations.add(Violation.error(ViolationCode.OUT_OF_RANGE, origin.locationOf(path),
                        "`" + DisplayPath.of(path) + "` must be 0 (PagerDuty's recommendation) or 5m to 1h"
                                + (type.equals("content_based") ? ", or 1d" : "")));
            }
        });
        grouping.timeout().ifPresent(timeout -> {
            if (timeout.toSecondsPart() != 0 || timeout.compareTo(ONE_DAY) > 0) {
                String path = FieldPath.child(config, "timeout");
                violations.add(Violation.error(ViolationCode.OUT_OF_RANGE, origin.locationOf(path),
                        "`" + DisplayPath.of(path) + "` must be whole minutes from 0 (until the incident resolves) to 1d"));
            }
        });
    }

    private static boolean inRange(Duration value, Duration low, Duration high) {
        return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
    }
}
