package io.pdgitops.model;

import java.time.Duration;

/**
 * "Reach me by {@code via} {@code after} an incident of {@code urgency} is assigned to me": one of PagerDuty's
 * assignment notification rules.
 *
 * @param urgency {@code high} or {@code low}, as PagerDuty spells it
 * @param after the start delay, in whole minutes in PagerDuty
 * @param via the label of one of the user's declared contact methods
 */
public record NotificationRule(String urgency, Duration after, String via) {
}
