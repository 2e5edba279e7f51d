package io.pdgitops.validate;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.ObjectKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Semantic validation of a loaded {@link DesiredState}: unique names, resolvable references and the
 * PagerDuty rules that a schema cannot express (escalation delays, rotation lengths, layer ends,
 * restriction lengths, team hierarchy), and the on-call checks (coverage rules, escalation rules
 * that reach nobody). Never throws.
 *
 * <p>Most callers want {@code ConfigLoader.load} of the load package, which reads a directory and runs
 * schema and semantic validation together.
 */
public final class Validator {

    private Validator() {
    }

    /** Every semantic problem of {@code state}, sorted by position. */
    public static List<Violation> validate(DesiredState state) {
        return validate(state, Set.of());
    }

    /**
     * @param declaredButInvalid objects declared by documents that failed earlier checks and are not
     *     in {@code state}: references to them are not reported as dangling, since that error is
     *     already reported where the document is
     */
    public static List<Violation> validate(DesiredState state, Set<ObjectKey> declaredButInvalid) {
        return validate(state, declaredButInvalid, new OnCallMemo().start(state.settings().dstHandOffs()));
    }

    /**
     * As {@link #validate(DesiredState, Set)}, with the on-call rules' findings for unchanged schedules and policies
     * taken from {@code onCall}, which this validation's findings then fill for the next.
     */
    public static List<Violation> validate(DesiredState state, Set<ObjectKey> declaredButInvalid,
            OnCallMemo.Round onCall) {
        List<Violation> violations = new ArrayList<>();
        NameRules.check(state, violations);
        new ReferenceRules(state, declaredButInvalid).check(violations);
        EscalationRules.check(state.escalationPolicies(), violations);
        ScheduleRules.check(state.schedules(), violations);
        OnCallRules.check(state, violations, onCall);
        IntegrationRules.check(state.services(), violations);
        EventRuleRules.check(state.services(), violations);
        TeamRules.check(state.teams(), violations);
        TagRules.check(state, violations);
        MaintenanceWindowRules.check(state, declaredButInvalid, violations);
        WebhookSubscriptionRules.check(state.webhookSubscriptions(), violations);
        UserRules.check(state, violations);
        violations.sort(Violation.BY_POSITION);
        return violations;
    }
}
