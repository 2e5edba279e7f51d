package io.pdgitops.pagerduty.dto;

/** An integration vendor (Nagios, Datadog, ...); all fields are read-only. */
@PagerDutyObject
public record VendorDto(String id, String name, String description, String websiteUrl) {
}
