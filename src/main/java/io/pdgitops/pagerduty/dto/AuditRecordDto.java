package io.pdgitops.pagerduty.dto;

import java.time.OffsetDateTime;

/**
 * One entry of PagerDuty's audit trail: {@code action} ({@code create}, {@code update}, {@code delete}, ...) done to
 * {@code rootResource} at {@code executionTime}.
 */
@PagerDutyObject
public record AuditRecordDto(String id, OffsetDateTime executionTime, String action, Reference rootResource) {
}
