package io.pdgitops.live;

import io.pdgitops.pagerduty.dto.OrchestrationDto;

/**
 * A service's event orchestration as read: its rules ({@code GET /event_orchestrations/services/{id}}) and whether
 * PagerDuty runs them ({@code .../active}), which the orchestration's own answer does not say.
 */
public record ReadOrchestration(OrchestrationDto path, boolean active) {
}
