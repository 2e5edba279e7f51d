package io.pdgitops.plan;

import io.pdgitops.diff.ResourceDiff;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Refuses a plan in which a declared object matches several PagerDuty objects of its name. Left alone, such an
 * object is never updated, and whatever refers to it cannot say which one it means: a run that reports success
 * would hide that Git is not in force. Two writers racing on one account leave exactly this behind, so it must stop
 * every later run until someone chooses.
 */
final class AmbiguityGuard {

    static final String RESOLVE = "delete (or rename) the extra ones in PagerDuty, keeping the one Git means, or, for CLI "
            + "runs, adopt that one by id (`pd-gitops adopt KIND ID`, then plan and apply with --prune-from INVENTORY)";

    private AmbiguityGuard() {
    }

    /** The refusal naming each ambiguous object with the ids of the live objects it matches; empty when none. */
    static Optional<String> refusal(List<ResourceDiff> ambiguous) {
        if (ambiguous.isEmpty()) {
            return Optional.empty();
        }
        String listed = ambiguous.stream()
                .map(resource -> resource.key() + " (" + String.join(", ", resource.liveIds()) + ")")
                .collect(Collectors.joining("; "));
        return Optional.of(ambiguous.size() + " declared " + (ambiguous.size() == 1 ? "object matches" : "objects match")
                + " several PagerDuty objects of one name, and nothing tells which one Git means: " + listed + "; "
                + RESOLVE);
    }
}
