package io.pdgitops.pagerduty.dto;

import java.util.List;

/**
 * The body of {@code POST /{entity_type}/{id}/change_tags}: tags to add (by label or reference) and tag
 * references to remove. Adding a tag the entity has, or removing one it lacks, changes nothing, so a
 * change sent twice has the effect of sending it once.
 */
@PagerDutyObject
public record TagChange(List<TagDto> add, List<TagDto> remove) {

    public TagChange {
        add = List.copyOf(add);
        remove = List.copyOf(remove);
    }

    public boolean isEmpty() {
        return add.isEmpty() && remove.isEmpty();
    }
}
