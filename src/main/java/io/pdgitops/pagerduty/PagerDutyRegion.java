package io.pdgitops.pagerduty;

/** PagerDuty's service regions; an API key only works against the region of its account (401 elsewhere). */
public enum PagerDutyRegion {
    US("https://api.pagerduty.com"),
    EU("https://api.eu.pagerduty.com");

    private final String baseUrl;

    PagerDutyRegion(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
