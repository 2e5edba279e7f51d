/**
 * PagerDuty's objects as the REST API v2 sends and takes them: read records ({@code ServiceDto}, {@code ScheduleDto},
 * ...) and write records ({@code ServiceWrite}, {@code ScheduleWrite}, ...), whose null fields are left out because
 * PUT is partial.
 */
package io.pdgitops.pagerduty.dto;
