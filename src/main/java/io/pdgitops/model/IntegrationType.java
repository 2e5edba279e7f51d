package io.pdgitops.model;

import java.util.Arrays;
import java.util.Optional;

/** The integration types a YAML file can declare, with the PagerDuty type each maps to. */
public enum IntegrationType {
    EVENTS_API_V2("events_api_v2", "events_api_v2_inbound_integration"),
    EVENTS_API_V1("events_api_v1", "generic_events_api_inbound_integration"),
    NAGIOS("nagios", "nagios_inbound_integration"),
    EMAIL("email", "generic_email_inbound_integration"),
    /** PagerDuty picks the type from the vendor; the integration sends a vendor reference instead. */
    VENDOR("vendor", null);

    private final String yamlName;
    private final String pagerDutyType;

    IntegrationType(String yamlName, String pagerDutyType) {
        this.yamlName = yamlName;
        this.pagerDutyType = pagerDutyType;
    }

    public String yamlName() {
        return yamlName;
    }

    /** Empty for {@link #VENDOR}. */
    public Optional<String> pagerDutyType() {
        return Optional.ofNullable(pagerDutyType);
    }

    public static Optional<IntegrationType> fromYamlName(String name) {
        return Arrays.stream(values()).filter(type -> type.yamlName.equals(name)).findFirst();
    }
}
