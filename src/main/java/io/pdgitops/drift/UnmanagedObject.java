package io.pdgitops.drift;

import io.pdgitops.diff.ResourceKey;
import java.util.List;

/**
 * Something PagerDuty has that Git does not declare: pd-gitops leaves it alone.
 *
 * @param liveId PagerDuty's id, or the ids of the open windows that share one description, comma-separated
 * @param exportedWith the objects whose export writes it: an integration's service, otherwise the object itself
 *     (a maintenance window by its description)
 */
public record UnmanagedObject(ResourceKey key, String liveId, List<ResourceKey> exportedWith) {

    public UnmanagedObject {
        exportedWith = List.copyOf(exportedWith);
    }

    public UnmanagedObject(ResourceKey key, String liveId) {
        this(key, liveId, List.of(key.owner()));
    }
}
