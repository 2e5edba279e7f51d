package io.pdgitops.pagerduty.dto;

import java.util.List;

/**
 * PagerDuty's answer for one override of a batch: the batch as a whole returns 201 even when some items were
 * rejected, so each item must be checked.
 */
@PagerDutyObject
public record OverrideResult(Integer status, List<String> errors, OverrideEntry override) {

    public boolean accepted() {
        return status != null && status >= 200 && status < 300 && (errors == null || errors.isEmpty());
    }
}
