package io.pdgitops.pagerduty.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of a team create or update; null fields are not sent. */
@PagerDutyObject
public record TeamWrite(String name, String description, String defaultRole, Reference parent) {

    public static TeamWrite named(String name, String description) {
        return new TeamWrite(name, description, null, null);
    }

    @JsonProperty("type")
    public String type() {
        return "team";
    }
}
