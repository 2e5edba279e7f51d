package io.pdgitops.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One notification, the same for every receiver.
 *
 * @param title one line, e.g. "Sync #12 of 1a2b3c4d failed"
 * @param details the errors or differences behind it, at most a handful, each one line
 * @param repository the tracked repository as shown (credentials removed), which also keys PagerDuty alerts
 * @param link where to look (the dashboard), when its public URL is configured
 */
public record Notification(NotificationEvent event, Instant at, String title, List<String> details,
        String repository, Optional<String> revision, Optional<Long> syncId, Optional<String> link) {

    public Notification {
        details = List.copyOf(details);
    }
}
