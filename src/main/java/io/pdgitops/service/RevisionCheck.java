package io.pdgitops.service;

import io.pdgitops.check.CheckOutcome;
import io.pdgitops.check.CheckResult;
import io.pdgitops.load.LoadResult;
import io.pdgitops.reconcile.Reconciler;
import io.pdgitops.reconcile.UnknownReferencesException;
import io.pdgitops.source.CommitInfo;
import io.pdgitops.source.GitSource;
import io.pdgitops.source.GitSourceException;
import io.pdgitops.state.SyncState;
import io.pdgitops.validate.ProblemSource;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Checks a revision as a sync would, without applying it: fetch, validate, plan against live PagerDuty with the
 * recorded inventory for the prune preview. The state is only read.
 */
public final class RevisionCheck {

    private static final Pattern COMMIT_ID = Pattern.compile("[0-9a-f]{40}");

    private final GitSource source;
    private final Reconciler reconciler;

    public RevisionCheck(GitSource source, Reconciler reconciler) {
        this.source = source;
        this.reconciler = reconciler;
    }

    /**
     * A ref as {@link GitSource#fetchRef} takes it: full commit ids and {@code refs/...} names as they are, anything
     * else as a branch name.
     */
    public static String fetchable(String refBranchOrCommit) {
        String given = refBranchOrCommit.strip();
        return COMMIT_ID.matcher(given).matches() || given.startsWith("refs/") ? given : "refs/heads/" + given;
    }

    /** @param refOrCommit a full ref name or commit id (see {@link #fetchable}) */
    public CheckResult run(String refOrCommit, SyncState state) {
        return run(refOrCommit, () -> resolve(refOrCommit), state);
    }

    /**
     * Checks exactly {@code commit}, which {@code ref} (say {@code refs/pull/7/head}) brings: the ref may have moved
     * on since the event named the commit, and each event's commit gets its own answer.
     */
    public CheckResult run(String ref, String commit, SyncState state) {
        return run(ref, () -> {
            source.fetchRef(ref);
            return source.fetchRef(commit);
        }, state);
    }

    private CheckResult run(String refOrCommit, Supplier<String> resolution, SyncState state) {
        CommitInfo commit;
        LoadResult loaded;
        try {
            String id = resolution.get();
            commit = source.commitInfo(id);
            loaded = RevisionLoader.load(source, id);
        } catch (RuntimeException e) {
            return new CheckResult(refOrCommit, Optional.empty(), CheckOutcome.FAILED, List.of(RevisionPlanning.failure(ProblemSource.GIT, e)),
                    Optional.empty(), 0);
        }
        int declared = loaded.state().objectCount();
        if (!loaded.isValid()) {
            return CheckResult.invalid(refOrCommit, Optional.of(commit), loaded);
        }
        Reconciler.Planned planned;
        try {
            planned = RevisionPlanning.plan(reconciler, loaded.state(), state);
        } catch (UnknownReferencesException e) {
            return CheckResult.invalid(refOrCommit, Optional.of(commit), e.addedTo(loaded));
        } catch (RuntimeException e) {
            return new CheckResult(refOrCommit, Optional.of(commit), CheckOutcome.FAILED,
                    List.of(RevisionPlanning.failure(ProblemSource.PAGERDUTY, e)), Optional.empty(), declared);
        }
        return CheckResult.planned(refOrCommit, Optional.of(commit), planned.plan(), declared,
                planned.onCallDifferences());
    }

    /**
     * Many servers refuse to fetch a bare commit id, so a commit not yet in the local copy is first looked for in
     * the tracked branch, where most commits asked about are.
     */
    private String resolve(String refOrCommit) {
        if (COMMIT_ID.matcher(refOrCommit).matches()) {
            try {
                return source.fetchRef(refOrCommit);
            } catch (GitSourceException e) {
                source.fetchTrackedBranch();
            }
        }
        return source.fetchRef(refOrCommit);
    }
}
