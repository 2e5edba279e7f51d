package io.pdgitops.model;

import java.util.List;

/**
 * When a schedule must have someone on call, in the schedule's time zone. pd-gitops checks it; PagerDuty
 * never sees it.
 */
public sealed interface Coverage {

    /** {@code coverage: 24x7}: someone on call at every instant. */
    record AllTheTime() implements Coverage {
    }

    /** {@code coverage: {weekly: [...]}}: someone on call during each of these weekly hours. */
    record Weekly(List<CoverageHours> hours) implements Coverage {

        public Weekly {
            hours = List.copyOf(hours);
        }
    }
}
