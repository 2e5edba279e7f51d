package io.pdgitops.drift;

import io.pdgitops.diff.ResourceKey;

/** Something PagerDuty has that Git does not declare: pd-gitops leaves it alone. */
public record UnmanagedObject(ResourceKey key, String liveId) {
}
