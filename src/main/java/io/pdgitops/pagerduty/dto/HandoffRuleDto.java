package io.pdgitops.pagerduty.dto;

/**
 * One of a user's on-call hand-off notification rules, as read and as sent.
 *
 * @param handoffType {@code oncall}, {@code offcall} or {@code both}
 */
@PagerDutyObject
public record HandoffRuleDto(String id, String handoffType, Integer notifyAdvanceInMinutes, Reference contactMethod) {

    /** A body to create or change a rule. */
    public static HandoffRuleDto write(String handoffType, int notifyAdvanceInMinutes, Reference contactMethod) {
        return new HandoffRuleDto(null, handoffType, notifyAdvanceInMinutes, contactMethod);
    }
}
