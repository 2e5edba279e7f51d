package io.pdgitops.model;

import java.util.Optional;

/** What every top-level document has in common: identity (kind, name) and where it was declared. */
public sealed interface DeclaredObject permits Service, EscalationPolicy, Schedule, Team,
        BusinessService, WebhookSubscription {

    ObjectKind kind();

    String name();

    Optional<String> description();

    Origin origin();
}
