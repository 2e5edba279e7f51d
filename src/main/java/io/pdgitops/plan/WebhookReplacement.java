package io.pdgitops.plan;

import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * PagerDuty's update of a webhook subscription cannot change its delivery method (URL and custom headers), so such
 * a change deletes the subscription and creates it again. The new one has a new signing secret, which the receiving
 * system must be given: the plan says so, since pd-gitops never shows a secret.
 */
public final class WebhookReplacement {

    private static final Set<String> DELIVERY_PATHS = Set.of("url", "custom_headers");

    private WebhookReplacement() {
    }

    /** Whether an update with these changes replaces the subscription. */
    public static boolean replaces(ResourceKey key, List<FieldChange> changes) {
        return key.kind() == ResourceKind.WEBHOOK_SUBSCRIPTION
                && changes.stream().anyMatch(change -> DELIVERY_PATHS.contains(change.path()));
    }

    static void note(Collection<Planner.Draft> drafts, List<String> notes) {
        for (Planner.Draft draft : drafts) {
            if (draft.action() == StepAction.UPDATE && replaces(draft.key(), draft.changes())) {
                notes.add(draft.key() + " is replaced: PagerDuty cannot change a subscription's url or custom headers."
                        + " The new subscription has a new signing secret; copy it from PagerDuty's web UI to the"
                        + " receiving system");
            }
        }
    }
}
