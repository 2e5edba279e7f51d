package io.pdgitops.oncall;

import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.Target;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** When an escalation rule notifies nobody: every schedule it targets has a gap and it names no user. */
public final class Reachability {

    private Reachability() {
    }

    /**
     * @param gapsOf the gaps of a schedule (by name) within {@code range}; empty for a schedule that is
     *     not declared, which is reported elsewhere and then not judged here
     * @return the times within {@code range} when the rule reaches nobody; none when it names a user
     */
    public static List<TimeRange> nobodyReached(EscalationRule rule, TimeRange range,
            Function<String, Optional<List<TimeRange>>> gapsOf) {
        List<TimeRange> nobody = List.of(range);
        for (Target target : rule.targets()) {
            if (target.type() == Target.Type.USER) {
                return List.of();
            }
            Optional<List<TimeRange>> gaps = gapsOf.apply(target.reference());
            if (gaps.isEmpty()) {
                return List.of();
            }
            nobody = TimeRange.intersect(nobody, gaps.get());
        }
        return nobody;
    }
}
