package io.pdgitops.plan;

import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.WebhookSubscriptionFields;
import java.util.Collection;
import java.util.List;

/**
 * A webhook subscription PagerDuty disabled after its URL kept refusing deliveries is turned back on by PagerDuty's
 * {@code enable} call, not by an update: the step's change of {@link WebhookSubscriptionFields#TEMPORARILY_DISABLED}
 * says which. The plan adds why it happened, since enabling a subscription whose receiver is still down only has
 * PagerDuty disable it again.
 */
public final class WebhookReenable {

    private WebhookReenable() {
    }

    /** Whether the step turns deliveries back on. */
    public static boolean reenables(List<FieldChange> changes) {
        return changes.stream().anyMatch(WebhookReenable::isReenable);
    }

    /** Whether the step changes anything an update sends, besides turning deliveries back on. */
    public static boolean updates(List<FieldChange> changes) {
        return changes.stream().anyMatch(change -> !isReenable(change));
    }

    private static boolean isReenable(FieldChange change) {
        return change.path().equals(WebhookSubscriptionFields.TEMPORARILY_DISABLED);
    }

    static void note(Collection<Planner.Draft> drafts, List<String> notes) {
        for (Planner.Draft draft : drafts) {
            if (draft.action() == StepAction.UPDATE && reenables(draft.changes())
                    && !WebhookReplacement.replaces(draft.key(), draft.changes())) {
                notes.add(draft.key() + " was disabled by PagerDuty after its URL kept refusing deliveries, and"
                        + " delivers nothing until enabled: apply enables it. If the receiving system still refuses,"
                        + " PagerDuty disables it again");
            }
        }
    }
}
