package io.pdgitops.diff;

import io.pdgitops.model.ObjectKey;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Identity of anything a plan changes: (kind, name) for documents, (service, name) for integrations.
 *
 * <p>A value class rather than a record only so that it keeps its hash: a sync puts every key of a large account
 * into several sets and maps (inventories, lookups, prune candidates), and hashing the names again each time was a
 * tenth of a one-change sync's CPU. Equality, hash, accessors and text are those a record would have.
 */
public final class ResourceKey {

    /** Plan order of kinds, then by service and name. */
    public static final Comparator<ResourceKey> PLAN_ORDER = Comparator.comparing(ResourceKey::kind)
            .thenComparing(key -> key.service().orElse(""))
            .thenComparing(ResourceKey::name);

    private final ResourceKind kind;
    private final String name;
    private final Optional<String> service;
    private final int hash;

    /** @param service the owning service's name, present exactly for integrations */
    public ResourceKey(ResourceKind kind, String name, Optional<String> service) {
        if (service.isPresent() != (kind == ResourceKind.INTEGRATION)) {
            throw new IllegalArgumentException("only integrations belong to a service: " + kind);
        }
        this.kind = Objects.requireNonNull(kind);
        this.name = name;
        this.service = service;
        this.hash = Objects.hash(kind, name, service);
    }

    public static ResourceKey of(ObjectKey key) {
        return new ResourceKey(ResourceKind.of(key.kind()), key.name(), Optional.empty());
    }

    public static ResourceKey integration(String service, String name) {
        return new ResourceKey(ResourceKind.INTEGRATION, name, Optional.of(service));
    }

    /** A declared maintenance window, by its name (PagerDuty's description). */
    public static ResourceKey window(String name) {
        return new ResourceKey(ResourceKind.MAINTENANCE_WINDOW, name, Optional.empty());
    }

    /** The event rules of the service {@code service}, as the inventory records them. */
    public static ResourceKey eventRules(String service) {
        return new ResourceKey(ResourceKind.EVENT_RULES, service, Optional.empty());
    }

    /** A User document's contact methods and rules, by the user's email as declared. */
    public static ResourceKey user(String email) {
        return new ResourceKey(ResourceKind.USER, email, Optional.empty());
    }

    public ResourceKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** The owning service's name, present exactly for integrations. */
    public Optional<String> service() {
        return service;
    }

    /** The service of an integration, or the object itself. */
    public ResourceKey owner() {
        return service.map(name -> new ResourceKey(ResourceKind.SERVICE, name, Optional.empty())).orElse(this);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ResourceKey key && hash == key.hash && kind == key.kind
                && Objects.equals(name, key.name) && service.equals(key.service);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        if (kind == ResourceKind.EVENT_RULES) {
            return "event rules of " + ResourceKind.SERVICE.displayName() + " `" + name + "`";
        }
        return service.map(owner -> kind.displayName() + " `" + owner + "` / `" + name + "`")
                .orElse(kind.displayName() + " `" + name + "`");
    }
}
