package io.pdgitops.oncall;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who a service's escalation policy notifies if an incident opens at {@code at}, level by level.
 *
 * @param numLoops how many times the policy repeats after the last level (PagerDuty's {@code num_loops})
 */
public record EscalationChain(String service, String policy, Instant at, int numLoops, List<Level> levels) {

    public EscalationChain {
        levels = List.copyOf(levels);
    }

    /**
     * One escalation rule.
     *
     * @param number 1 for the first rule
     * @param minutesAfter minutes after the incident opens that this level is notified
     */
    public record Level(int number, long minutesAfter, List<Reached> reached, List<String> emptySchedules) {

        public Level {
            reached = List.copyOf(reached);
            emptySchedules = List.copyOf(emptySchedules);
        }

        public boolean reachesNobody() {
            return reached.isEmpty();
        }
    }

    /**
     * @param person a user's email
     * @param schedule the schedule through which the person is reached; empty for a user target
     */
    public record Reached(String person, Optional<String> schedule) {
    }

    public boolean anyLevelReachesNobody() {
        return levels.stream().anyMatch(Level::reachesNobody);
    }
}
