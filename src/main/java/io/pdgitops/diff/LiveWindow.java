package io.pdgitops.diff;

import io.pdgitops.model.WindowOccurrence;

/**
 * A maintenance window PagerDuty holds, normalised like the other live objects: its description as the name and
 * its services by name.
 */
public record LiveWindow(String id, WindowOccurrence window) {
}
