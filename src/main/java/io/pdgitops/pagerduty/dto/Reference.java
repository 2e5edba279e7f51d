package io.pdgitops.pagerduty.dto;

/**
 * PagerDuty's pointer to another object, {@code {"id":"P1","type":"user_reference"}}; PagerDuty adds a read-only
 * {@code summary} (the name) when it sends one.
 */
@PagerDutyObject
public record Reference(String id, String type, String summary) {

    public static Reference to(String kind, String id) {
        return new Reference(id, kind + "_reference", null);
    }

    public static Reference user(String id) {
        return to("user", id);
    }

    public static Reference schedule(String id) {
        return to("schedule", id);
    }

    public static Reference escalationPolicy(String id) {
        return to("escalation_policy", id);
    }

    public static Reference team(String id) {
        return to("team", id);
    }

    public static Reference vendor(String id) {
        return to("vendor", id);
    }

    /**
     * The kind without PagerDuty's variations, for comparing: escalation targets come back as {@code schedule},
     * {@code schedule_reference} or {@code schedule_v3_reference} for the same thing.
     */
    public String kind() {
        if (type == null) {
            return null;
        }
        String kind = type.endsWith("_reference") ? type.substring(0, type.length() - "_reference".length()) : type;
        return kind.endsWith("_v3") ? kind.substring(0, kind.length() - "_v3".length()) : kind;
    }
}
