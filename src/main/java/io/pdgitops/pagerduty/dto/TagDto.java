package io.pdgitops.pagerduty.dto;

/** A PagerDuty tag; its label is unique in the account without regard to case. */
@PagerDutyObject
public record TagDto(String id, String type, String label) {

    /** A tag to create, or to add by label (PagerDuty reuses the tag with that label, or creates it). */
    public static TagDto labelled(String label) {
        return new TagDto(null, "tag", label);
    }

    /** A reference to an existing tag, as {@code change_tags} takes it. */
    public static TagDto reference(String id) {
        return new TagDto(id, "tag_reference", null);
    }
}
