package io.pdgitops.webhook;

import java.util.Set;
import java.util.regex.Pattern;

/** Decides what a delivery means for the tracked repository and branch. Pure: no I/O. */
public final class WebhookRouter {

    /** GitHub says {@code synchronize}, Gitea {@code synchronized}; GitLab uses its own words. */
    private static final Set<String> CHECKED_PULL_REQUEST_ACTIONS = Set.of("opened", "synchronize", "synchronized",
            "reopened");
    private static final Set<String> CHECKED_MERGE_REQUEST_ACTIONS = Set.of("open", "update", "reopen");
    /** SHA-1 ids; SHA-256 repositories use 64 digits. */
    private static final Pattern COMMIT_ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    private WebhookRouter() {
    }

    public static WebhookDecision route(WebhookEvent event, TrackedRepository tracked) {
        if (event instanceof WebhookEvent.Push push) {
            return push(push, tracked);
        }
        if (event instanceof WebhookEvent.TagPush tag) {
            return ignore("tag " + tag.ref() + " does not sync; only pushes to " + tracked.branchRef() + " do");
        }
        if (event instanceof WebhookEvent.PullRequest pr) {
            return change(pr, CHECKED_PULL_REQUEST_ACTIONS, "pull request", tracked);
        }
        if (event instanceof WebhookEvent.MergeRequest mr) {
            return change(mr, CHECKED_MERGE_REQUEST_ACTIONS, "merge request", tracked);
        }
        if (event instanceof WebhookEvent.Ping) {
            return ignore("ping received; the webhook reaches pd-gitops");
        }
        return ignore(((WebhookEvent.Ignored) event).reason());
    }

    private static WebhookDecision push(WebhookEvent.Push push, TrackedRepository tracked) {
        if (!push.repository().matchesAny(tracked.urls())) {
            return ignore("push to " + push.repository().display() + ", which is not the tracked repository");
        }
        if (!push.ref().equals(tracked.branchRef())) {
            return ignore("push to " + push.ref() + "; only " + tracked.branchRef() + " is tracked");
        }
        if (push.deleted()) {
            return ignore("branch " + tracked.branchRef() + " was deleted; the last applied revision stays");
        }
        if (!COMMIT_ID.matcher(push.after()).matches()) {
            return ignore("push to " + push.ref() + " names no commit id ('" + push.after() + "')");
        }
        return new WebhookDecision.Sync(push.after(), push.headCommit(), push.deliveryId());
    }

    private static WebhookDecision change(WebhookEvent.ChangeEvent event, Set<String> checkedActions, String kind,
            TrackedRepository tracked) {
        ChangeRequest change = event.change();
        if (!change.baseRepository().matchesAny(tracked.urls())) {
            return ignore(kind + " into " + change.baseRepository().display()
                    + ", which is not the tracked repository");
        }
        if (!change.baseRef().equals(tracked.branch())) {
            return ignore(kind + " " + change.number() + " targets '" + change.baseRef() + "'; only '"
                    + tracked.branch() + "' is tracked");
        }
        if (!checkedActions.contains(change.action())) {
            return ignore(kind + " action '" + change.action() + "' needs no check");
        }
        return new WebhookDecision.CheckChange(change.provider(), change.number(), change.headSha(), event.fetchRef(),
                change.fromFork(), change.target(), event.deliveryId());
    }

    private static WebhookDecision ignore(String reason) {
        return new WebhookDecision.Ignore(reason);
    }
}
