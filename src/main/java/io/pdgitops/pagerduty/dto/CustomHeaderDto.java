package io.pdgitops.pagerduty.dto;

/**
 * A custom header of a webhook delivery. Its value is a secret on the way out (read back redacted), so the text of
 * this record never shows it, should one end up in a message.
 */
@PagerDutyObject
public record CustomHeaderDto(String name, String value) {

    @Override
    public String toString() {
        return "CustomHeaderDto[name=" + name + ", value=(hidden)]";
    }
}
