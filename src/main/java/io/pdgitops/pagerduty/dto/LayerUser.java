package io.pdgitops.pagerduty.dto;

/** One member of a layer's rotation, {@code {"user": {...}}}; the list order is the rotation order. */
@PagerDutyObject
public record LayerUser(Reference user) {

    public static LayerUser of(String userId) {
        return new LayerUser(Reference.user(userId));
    }
}
