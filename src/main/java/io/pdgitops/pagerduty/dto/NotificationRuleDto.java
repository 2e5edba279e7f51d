package io.pdgitops.pagerduty.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One of a user's assignment notification rules, as read and as sent.
 *
 * @param urgency {@code high} or {@code low}
 */
@PagerDutyObject
public record NotificationRuleDto(String id, Integer startDelayInMinutes, Reference contactMethod, String urgency) {

    /** A body to create or change a rule. */
    public static NotificationRuleDto write(int startDelayInMinutes, Reference contactMethod, String urgency) {
        return new NotificationRuleDto(null, startDelayInMinutes, contactMethod, urgency);
    }

    @JsonProperty("type")
    public String type() {
        return "assignment_notification_rule";
    }
}
