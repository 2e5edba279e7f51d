package io.pdgitops.diff;

import io.pdgitops.model.ContactMethod;
import io.pdgitops.model.HandoffRule;
import io.pdgitops.model.NotificationRule;
import java.util.Optional;

/**
 * One write that brings a user's contact methods or rules to what the User document declares. Rules name their
 * contact method by label ({@code via}), since a method made by the same step has no id yet.
 *
 * @param liveId the PagerDuty id of what an update or delete changes; empty for creates
 * @param method the declared contact method of a method create or update
 * @param rule the declared rule of a notification rule create
 * @param handoff the declared rule of a hand-off rule create
 * @param shown the change as plan and drift show it
 */
public record ContactChange(Action action, Optional<String> liveId, Optional<ContactMethod> method,
        Optional<NotificationRule> rule, Optional<HandoffRule> handoff, FieldChange shown) {

    /** In the order apply runs them: methods before the rules that use them, removals after every create. */
    public enum Action {
        CREATE_METHOD,
        UPDATE_METHOD,
        CREATE_RULE,
        CREATE_HANDOFF,
        DELETE_RULE,
        DELETE_HANDOFF,
        DELETE_METHOD
    }

    static ContactChange method(Action action, Optional<String> liveId, ContactMethod method, FieldChange shown) {
        return new ContactChange(action, liveId, Optional.of(method), Optional.empty(), Optional.empty(), shown);
    }

    static ContactChange rule(NotificationRule rule, FieldChange shown) {
        return new ContactChange(Action.CREATE_RULE, Optional.empty(), Optional.empty(), Optional.of(rule),
                Optional.empty(), shown);
    }

    static ContactChange handoff(HandoffRule handoff, FieldChange shown) {
        return new ContactChange(Action.CREATE_HANDOFF, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(handoff), shown);
    }

    static ContactChange delete(Action action, String liveId, FieldChange shown) {
        return new ContactChange(action, Optional.of(liveId), Optional.empty(), Optional.empty(), Optional.empty(), shown);
    }
}
