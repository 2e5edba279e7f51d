package io.pdgitops.pagerduty.dto;

/** The body of a business service create or update; null fields are not sent, so an update leaves them as they are. */
@PagerDutyObject
public record BusinessServiceWrite(String name, String description, String pointOfContact, Reference team) {

    public static BusinessServiceWrite named(String name) {
        return new BusinessServiceWrite(name, null, null, null);
    }
}
