package io.pdgitops.imports.sensu;

import java.util.Optional;

/**
 * What becomes one PagerDuty service: each subscription of the checks, each value of a check label
 * ({@code label:customer}), or each check.
 *
 * @param label the label's key, for {@link Kind#LABEL} only
 */
public record SensuMapBy(Kind kind, Optional<String> label) {

    public enum Kind { SUBSCRIPTION, LABEL, CHECK }

    public static SensuMapBy parse(String text) {
        String value = text.strip();
        if (value.startsWith("label:") && value.length() > "label:".length()) {
            return new SensuMapBy(Kind.LABEL, Optional.of(value.substring("label:".length()).strip()));
        }
        return switch (value) {
            case "subscription" -> new SensuMapBy(Kind.SUBSCRIPTION, Optional.empty());
            case "check" -> new SensuMapBy(Kind.CHECK, Optional.empty());
            default -> throw new IllegalArgumentException("--map-by " + text
                    + ": expected subscription, check or label:KEY");
        };
    }

    /** For descriptions, e.g. "subscription" or "label customer". */
    public String describe() {
        return label.map(key -> "label " + key).orElse(kind.name().toLowerCase(java.util.Locale.ROOT));
    }
}
