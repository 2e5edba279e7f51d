package io.pdgitops.pagerduty.dto;

import java.util.List;

/**
 * A PagerDuty user; pd-gitops references users by email and never creates or deletes them.
 *
 * @param contactMethods whole with {@code include[]=contact_methods}, references otherwise; null when not sent
 * @param notificationRules whole with {@code include[]=notification_rules}, references otherwise; null when not sent
 */
@PagerDutyObject
public record UserDto(
        String id,
        String name,
        String email,
        String role,
        String timeZone,
        String jobTitle,
        List<Reference> teams,
        String htmlUrl,
        List<ContactMethodDto> contactMethods,
        List<NotificationRuleDto> notificationRules) {

    /** A user as read without contact methods or notification rules. */
    public UserDto(String id, String name, String email, String role, String timeZone, String jobTitle,
            List<Reference> teams, String htmlUrl) {
        this(id, name, email, role, timeZone, jobTitle, teams, htmlUrl, null, null);
    }
}
