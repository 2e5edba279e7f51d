package io.pdgitops.reconcile;

import io.pdgitops.load.LoadResult;
import io.pdgitops.validate.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The repository names user emails or integration vendors the PagerDuty account does not have: the plan is refused
 * before anything is written, with each name at its file and line, as an invalid repository would be.
 */
public final class UnknownReferencesException extends RuntimeException {

    private final transient List<Violation> violations;

    public UnknownReferencesException(List<Violation> violations) {
        super(violations.size() + (violations.size() == 1 ? " name is" : " names are")
                + " not in the PagerDuty account:\n"
                + violations.stream().map(Violation::format).collect(Collectors.joining("\n")));
        this.violations = List.copyOf(violations);
    }

    /** One error per place an unknown email or vendor is written, in file order. */
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
