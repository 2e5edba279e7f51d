package io.pdgitops.model;

import java.util.Optional;

/**
 * PagerDuty's {@code incident_urgency_rule}. The YAML shorthand {@code during_support_hours: high}
 * is expanded to {@code {type: constant, urgency: high}} when loading, so this is always PagerDuty's shape.
 *
 * @param type {@code constant} or {@code use_support_hours}
 * @param urgency set when type is {@code constant}: {@code low}, {@code high} or {@code severity_based}
 */
public record UrgencyRule(
        String type,
        Optional<String> urgency,
        Optional<UrgencyRule> duringSupportHours,
        Optional<UrgencyRule> outsideSupportHours) {

    public static UrgencyRule constant(String urgency) {
        return new UrgencyRule("constant", Optional.of(urgency), Optional.empty(), Optional.empty());
    }
}
