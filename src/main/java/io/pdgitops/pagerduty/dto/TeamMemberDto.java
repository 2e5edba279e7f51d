package io.pdgitops.pagerduty.dto;

/** A user's membership of a team; {@code role} is {@code observer}, {@code responder} or {@code manager}. */
@PagerDutyObject
public record TeamMemberDto(Reference user, String role) {
}
