package io.pdgitops.model;

import java.time.Duration;

/**
 * "Tell me by {@code via}, {@code advance} before my on-call shift starts (or ends)": one of PagerDuty's on-call
 * hand-off notification rules.
 *
 * @param via the label of one of the user's declared contact methods
 */
public record HandoffRule(HandoffWhen when, Duration advance, String via) {
}
