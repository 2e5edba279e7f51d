package io.pdgitops.diff;

import io.pdgitops.model.AlertGrouping;
import io.pdgitops.model.EventRule;
import io.pdgitops.model.EventRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Seeded random event rules (with a catch-all now and then) and alert grouping for a service, drawn from their own sequence so that the other
 * fields of a seed stay what they were before these existed. Values PagerDuty treats as "not set" (suppress false)
 * are drawn too: they must compare equal to what comes back.
 */
public final class RandomEventRules {

    private static final List<String> CONDITIONS = List.of("event.summary matches part 'RECOVERY'",
            "event.summary matches part 'CRITICAL'", "event.source matches 'db-01'");

    private final Random random;

    public RandomEventRules(long seed) {
        this.random = new Random(seed * 31 + 43);
    }

    public Optional<EventRules> rules() {
        if (random.nextInt(3) != 0) {
            return Optional.empty();
        }
        List<EventRule> rules = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            boolean withVariable = random.nextBoolean();
            rules.add(new EventRule(
                    maybe(() -> "rule " + random.nextInt(100)),
                    CONDITIONS.subList(0, random.nextInt(CONDITIONS.size() + 1)),
                    maybe(() -> List.of("info", "warning", "error", "critical").get(random.nextInt(4))),
                    maybe(random::nextBoolean),
                    maybe(() -> Duration.ofMinutes(1 + random.nextInt(10))),
                    Optional.empty(),
                    maybe(() -> "see the runbook"),
                    withVariable ? List.of(Map.of("name", "host", "path", "event.summary", "value", "Host: (\\S+)"))
                            : List.of(),
                    withVariable ? List.of(Map.of("target", "event.dedup_key", "template", "{{variables.host}}"))
                            : List.of(),
                    random.nextInt(5) == 0,
                    Map.of(),
                    ""));
        }
        // Paths are left empty, as the rules' are: a writer's round trip compares objects without their places.
        return Optional.of(EventRules.declared(rules, random.nextInt(3) == 0 ? catchAll() : EventRule.none("")));
    }

    /** A catch-all with some of a rule's actions, "not set" values among them. */
    private EventRule catchAll() {
        return new EventRule(Optional.empty(), List.of(),
                maybe(() -> List.of("info", "warning", "error", "critical").get(random.nextInt(4))),
                maybe(random::nextBoolean), maybe(() -> Duration.ofMinutes(1 + random.nextInt(10))),
                Optional.empty(), maybe(() -> "no rule matched"), List.of(), List.of(), false, Map.of(), "");
    }

    public Optional<AlertGrouping> grouping() {
        return switch (random.nextInt(4)) {
            case 0 -> Optional.of(new AlertGrouping(Optional.of("content_based"), Optional.of("any"),
                    Optional.of(List.of("source")), Optional.of(Duration.ofMinutes(5 + random.nextInt(56))), Optional.empty()));
            case 1 -> Optional.of(new AlertGrouping(Optional.of("time"), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(Duration.ofMinutes(random.nextInt(1441)))));
            case 2 -> Optional.of(new AlertGrouping(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty()));
            default -> Optional.empty();
        };
    }

    private <T> Optional<T> maybe(Supplier<T> value) {
        return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }
}
