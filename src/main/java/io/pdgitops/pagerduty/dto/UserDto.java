package io.pdgitops.pagerduty.dto;

import java.util.List;

/** A PagerDuty user; pd-gitops references users by email and never manages them. */
@PagerDutyObject
public record UserDto(
        String id,
        String name,
        String email,
        String role,
        String timeZone,
        String jobTitle,
        List<Reference> teams,
        String htmlUrl) {
}
