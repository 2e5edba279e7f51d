package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.TagChange;
import io.pdgitops.pagerduty.dto.TagDto;
import java.util.List;

/**
 * {@code /tags} and the tags of one user, team or escalation policy ({@code entity_type} {@code users},
 * {@code teams} or {@code escalation_policies}). Entities are tagged through {@code change_tags}, which
 * creates a tag added by an unknown label.
 */
public final class TagsApi {

    private final Entities entities;

    TagsApi(Entities entities) {
        this.entities = entities;
    }

    /** Every tag, or those whose label contains {@code query} (without regard to case) when it is not null. */
    public List<TagDto> list(String query) {
        Query filter = query == null ? Query.none() : Query.of("query", query);
        return entities.getAll(ApiPath.of("/tags"), filter, "tags", TagDto.class, TagDto::id);
    }

    public TagDto get(String id) {
        return entities.get(ApiPath.of("/tags/{id}", id), Query.none(), "tag", TagDto.class);
    }

    public TagDto create(String label) {
        return entities.create(ApiPath.of("/tags"), Query.none(), "tag", TagDto.labelled(label), TagDto.class);
    }

    /** Deletes the tag and takes it off every entity that has it. */
    public void delete(String id) {
        entities.delete(ApiPath.of("/tags/{id}", id), Query.none());
    }

    public List<TagDto> of(String entityType, String entityId) {
        return entities.getAll(ApiPath.of("/{entity_type}/{id}/tags", entityType, entityId), Query.none(), "tags",
                TagDto.class, TagDto::id);
    }

    /** The ids of the entities of one type ({@code users}, {@code teams}, {@code escalation_policies}) carrying the tag. */
    public List<String> entities(String tagId, String entityType) {
        return entities.getAll(ApiPath.of("/tags/{id}/{entity_type}", tagId, entityType), Query.none(), entityType,
                Reference.class, Reference::id).stream().map(Reference::id).toList();
    }

    /**
     * Adds and removes tags. Sending it twice does what sending it once does (a label adds the tag of that label,
     * created by the first attempt if need be), so it is retried after a 5xx or a timeout.
     */
    public void change(String entityType, String entityId, TagChange change) {
        entities.postRepeatable(ApiPath.of("/{entity_type}/{id}/change_tags", entityType, entityId), change);
    }
}
