package io.pdgitops.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of document, in the order a plan creates them (deletes run in reverse). */
public enum ObjectKind {
    TEAM("Team", "team.schema.json"),
    SCHEDULE("Schedule", "schedule.schema.json"),
    ESCALATION_POLICY("EscalationPolicy", "escalation-policy.schema.json"),
    SERVICE("Service", "service.schema.json");

    private final String yamlName;
    private final String schemaFile;

    ObjectKind(String yamlName, String schemaFile) {
        this.yamlName = yamlName;
        this.schemaFile = schemaFile;
    }

    /** The spelling used in the {@code kind} field. */
    public String yamlName() {
        return yamlName;
    }

    /** The file in {@code schemas/} that describes this kind. */
    public String schemaFile() {
        return schemaFile;
    }

    public static Optional<ObjectKind> fromYamlName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.yamlName.equals(name)).findFirst();
    }
}
