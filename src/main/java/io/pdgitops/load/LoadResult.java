package io.pdgitops.load;

import io.pdgitops.model.DesiredState;
import io.pdgitops.validate.Violation;
import java.util.List;

/**
 * What a repository declares and everything wrong with it.
 *
 * @param state the objects that passed schema and value checks; complete only when {@link #isValid()}
 * @param violations every problem, sorted by file, line and column
 * @param documentCount documents read, including those with errors
 */
public record LoadResult(DesiredState state, List<Violation> violations, int documentCount) {

    public LoadResult {
        violations = List.copyOf(violations);
    }

    /** True when there is no error: only then may the state be applied. */
    public boolean isValid() {
        return violations.stream().noneMatch(Violation::isError);
    }

    public long errorCount() {
        return violations.stream().filter(Violation::isError).count();
    }
}
