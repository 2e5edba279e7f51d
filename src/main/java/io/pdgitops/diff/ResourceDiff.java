package io.pdgitops.diff;

import java.util.List;

/**
 * The diff of one declared object or integration.
 *
 * @param liveIds the matching PagerDuty ids: none for {@link DiffAction#CREATE}, several for {@link DiffAction#AMBIGUOUS}
 * @param changes for a create, every declared field (with no live value)
 */
public record ResourceDiff(ResourceKey key, DiffAction action, List<String> liveIds, List<FieldChange> changes) {

    public ResourceDiff {
        liveIds = List.copyOf(liveIds);
        changes = List.copyOf(changes);
    }
}
