package io.pdgitops.plan;

import io.pdgitops.diff.Diff;
import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.model.EventRules;
import io.pdgitops.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reset of a service's event rules that the last apply wrote and Git no longer declares, while it still declares
 * the service: PagerDuty's default orchestration (a {@code start} set without rules, a catch-all without actions) is
 * written, as prune deletes an object. A service Git stopped declaring needs none: pruned, its orchestration goes
 * with it; not pruned, it is left alone whole. An orchestration already at its default needs none either, which is
 * also what finishes a reset cut off half way: the next plan reads it again and finds nothing or something to reset.
 */
final class RulesReset {

    static final String FIELD = "event_rules";

    private RulesReset() {
    }

    /** The reset of {@code key}'s rules, or empty when there is nothing to reset. */
    static Optional<Prune.Candidate> candidate(Diff diff, ResourceKey key) {
        Optional<Service> declared = diff.desired().service(key.name());
        if (declared.isEmpty() || declared.get().eventRules().isPresent()) {
            return Optional.empty();
        }
        List<LiveObject<Service>> live = diff.live().services().stream()
                .filter(service -> service.object().name().equals(key.name()))
                .toList();
        if (live.size() != 1) {
            return Optional.empty(); // none: nothing to reset; several: the service's own diff says it is ambiguous
        }
        return live.get(0).object().eventRules()
                .filter(rules -> !rules.isDefault())
                .map(rules -> new Prune.Candidate(key, live.get(0).id(), List.of(FieldChange.of(FIELD,
                        "0 rules: PagerDuty's default (event_rules is no longer declared)", held(rules)))));
    }

    private static String held(EventRules rules) {
        List<String> parts = new ArrayList<>();
        parts.add(rules.rules().size() + (rules.rules().size() == 1 ? " rule" : " rules"));
        if (!rules.catchAll().hasNoActions()) {
            parts.add("a catch-all with actions");
        }
        rules.unmodelled().keySet().stream().sorted().forEach(parts::add);
        return String.join(", ", parts);
    }
}
