package io.pdgitops.sandbox;

import java.util.Locale;

/** The kinds of stored object; the lower-case name is the key in snapshots and the path of their collection. */
enum Kind {
    USERS,
    TEAMS,
    MEMBERSHIPS,
    SCHEDULES,
    OVERRIDES,
    ESCALATION_POLICIES,
    SERVICES,
    INTEGRATIONS,
    MAINTENANCE_WINDOWS,
    TAGS,
    TAGGINGS,
    BUSINESS_SERVICES,
    /** Stored as {@code {id, supporting_id, supporting_type, dependent_id, dependent_type}}. */
    SERVICE_DEPENDENCIES,
    /** By service id, as {@code {sets, catch_all, created_at, updated_at, version, active}}; absent until written. */
    EVENT_ORCHESTRATIONS,
    /** Custom header values are not stored: PagerDuty never shows them again, and the sandbox delivers nothing. */
    WEBHOOK_SUBSCRIPTIONS,
    /** Without their client secrets, which no answer carries. */
    OAUTH_CLIENTS,
    /** Each stored with the {@code user_id} it belongs to, which views leave out. */
    CONTACT_METHODS,
    NOTIFICATION_RULES,
    HANDOFF_RULES;

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
