package io.pdgitops.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A service's {@code alert_grouping_parameters}: how PagerDuty folds alerts into one incident. It is a field of the
 * service, so it travels in the services list and costs no read of its own.
 *
 * @param type {@code time}, {@code intelligent} or {@code content_based}; empty turns grouping off
 * @param aggregate {@code all} or {@code any} ({@code content_based})
 * @param fields the alert fields that must match ({@code content_based})
 * @param timeWindow how far apart grouped alerts may be ({@code intelligent}, {@code content_based}); zero asks
 *     for PagerDuty's recommended window
 * @param timeout how long alerts are grouped, whole minutes ({@code time}); zero groups until the incident resolves
 */
public record AlertGrouping(
        Optional<String> type,
        Optional<String> aggregate,
        Optional<List<String>> fields,
        Optional<Duration> timeWindow,
        Optional<Duration> timeout) {

    public AlertGrouping {
        fields = fields.map(List::copyOf);
    }
}
