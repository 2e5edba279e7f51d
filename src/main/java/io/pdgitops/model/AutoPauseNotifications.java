package io.pdgitops.model;

import java.util.Optional;

/**
 * {@code auto_pause_notifications_parameters} of a service.
 *
 * @param timeoutSeconds one of 0, 120, 180, 300, 600, 900
 */
public record AutoPauseNotifications(Optional<Boolean> enabled, Optional<Integer> timeoutSeconds) {
}
