package io.pdgitops.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What happens to who is on call when the users of a running layer change.
 */
public enum RotationChanges {

    /** The person on call now stays on call until the next hand-off; the new order follows from there. */
    KEEP_POSITION,

    /** The layer is sent as declared: PagerDuty may hand the current shift to someone else at once. */
    IMMEDIATE;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RotationChanges> fromYamlName(String name) {
        return Arrays.stream(values()).filter(value -> value.yamlName().equals(name)).findFirst();
    }
}
