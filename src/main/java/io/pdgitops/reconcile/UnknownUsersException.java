package io.pdgitops.reconcile;

import io.pdgitops.load.LoadResult;
import io.pdgitops.validate.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The repository writes user emails the PagerDuty account does not have: the plan is refused before anything is
 * written, with each email at its file and line, as an invalid repository would be.
 */
public final class UnknownUsersException extends RuntimeException {

    private final transient List<Violation> violations;

    public UnknownUsersException(List<Violation> violations) {
        super(violations.size() + (violations.size() == 1 ? " user email is" : " user emails are")
                + " not in the PagerDuty account:\n"
                + violations.stream().map(Violation::format).collect(Collectors.joining("\n")));
        this.violations = List.copyOf(violations);
    }

    /** One error per place an unknown email is written, in file order. */
    public List<Violation> violations() {
        return violations;
    }

    /** {@code loaded} with these errors added, so that it reports like any invalid repository. */
    public LoadResult addedTo(LoadResult loaded) {
        List<Violation> all = new ArrayList<>(loaded.violations());
        all.addAll(violations);
        all.sort(Violation.BY_POSITION);
        return new LoadResult(loaded.state(), all, loaded.documentCount());
    }
}
