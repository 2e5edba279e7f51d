package io.pdgitops.diff;

import io.pdgitops.model.ObjectKey;
import java.util.Comparator;
import java.util.Optional;

/**
 * Identity of anything a plan changes: (kind, name) for documents, (service, name) for integrations.
 *
 * @param service the owning service's name, present exactly for integrations
 */
public record ResourceKey(ResourceKind kind, String name, Optional<String> service) {

    /** Plan order of kinds, then by service and name. */
    public static final Comparator<ResourceKey> PLAN_ORDER = Comparator.comparing(ResourceKey::kind)
            .thenComparing(key -> key.service().orElse(""))
            .thenComparing(ResourceKey::name);

    public ResourceKey {
        if (service.isPresent() != (kind == ResourceKind.INTEGRATION)) {
            throw new IllegalArgumentException("only integrations belong to a service: " + kind);
        }
    }

    public static ResourceKey of(ObjectKey key) {
        return new ResourceKey(ResourceKind.of(key.kind()), key.name(), Optional.empty());
    }

    public static ResourceKey integration(String service, String name) {
        return new ResourceKey(ResourceKind.INTEGRATION, name, Optional.of(service));
    }

    /** The service of an integration, or the object itself. */
    public ResourceKey owner() {
        return service.map(name -> new ResourceKey(ResourceKind.SERVICE, name, Optional.empty())).orElse(this);
    }

    @Override
    public String toString() {
        return service.map(owner -> kind.displayName() + " `" + owner + "` / `" + name + "`")
                .orElse(kind.displayName() + " `" + name + "`");
    }
}
