package io.pdgitops.model;

import java.util.Arrays;
import java.util.Optional;

/** Which hand-offs a {@link HandoffRule} announces, named for people in YAML and for PagerDuty on the wire. */
public enum HandoffWhen {
    ONCALL_START("oncall_start", "oncall"),
    ONCALL_END("oncall_end", "offcall"),
    BOTH("both", "both");

    private final String yamlName;
    private final String apiName;

    HandoffWhen(String yamlName, String apiName) {
        this.yamlName = yamlName;
        this.apiName = apiName;
    }

    public String yamlName() {
        return yamlName;
    }

    /** PagerDuty's {@code handoff_type}. */
    public String apiName() {
        return apiName;
    }

    public static Optional<HandoffWhen> fromYamlName(String name) {
        return Arrays.stream(values()).filter(when -> when.yamlName.equals(name)).findFirst();
    }

    public static Optional<HandoffWhen> fromApiName(String name) {
        return Arrays.stream(values()).filter(when -> when.apiName.equals(name)).findFirst();
    }
}
