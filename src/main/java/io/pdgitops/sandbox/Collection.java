package io.pdgitops.sandbox;

/** The kinds of stored object; the name is the key in snapshots and the plural of PagerDuty's wrapper. */
enum Collection {
    USERS,
    TEAMS,
    MEMBERSHIPS,
    SCHEDULES,
    OVERRIDES,
    ESCALATION_POLICIES,
    SERVICES,
    INTEGRATIONS;

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
