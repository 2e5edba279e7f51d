package io.pdgitops.load;

import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.Origin;
import io.pdgitops.model.Target;

/** Builds an {@link EscalationPolicy} from a schema-valid EscalationPolicy document. */
final class EscalationPolicyMapper {

    private EscalationPolicyMapper() {
    }

    static EscalationPolicy map(Fields fields, Origin origin) {
        return new EscalationPolicy(
                fields.text("name"),
                fields.optionalText("description"),
                fields.optionalInt("num_loops"),
                fields.optionalText("on_call_handoff_notifications"),
                fields.optionalTextList("teams"),
                fields.objects("rules").stream().map(EscalationPolicyMapper::rule).toList(),
                fields.optionalTextList("tags"),
                origin);
    }

    private static EscalationRule rule(Fields rule) {
        return new EscalationRule(
                rule.duration("escalation_delay"),
                rule.objects("targets").stream()
                        .map(target -> target.has("schedule")
                                ? Target.schedule(target.text("schedule"))
                                : Target.user(target.text("user")))
                        .toList());
    }
}
