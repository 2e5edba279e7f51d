package io.pdgitops.oncall.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.oncall.EscalationChain;

/** An escalation chain as JSON in the shape {@value #FORMAT}. */
public final class EscalationJsonRenderer {

    public static final String FORMAT = "pd-gitops/escalation/v1";

    public String render(EscalationChain chain) {
        ObjectNode root = PreviewJsonRenderer.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("service", chain.service());
        root.put("escalation_policy", chain.policy());
        root.put("at", chain.at().toString());
        root.put("num_loops", chain.numLoops());
        root.put("reaches_nobody", chain.anyLevelReachesNobody());
        ArrayNode levels = root.putArray("levels");
        for (EscalationChain.Level level : chain.levels()) {
            ObjectNode node = levels.addObject();
            node.put("level", level.number());
            node.put("minutes_after", level.minutesAfter());
            node.put("reaches_nobody", level.reachesNobody());
            ArrayNode reached = node.putArray("reached");
            level.reached().forEach(person -> reached.addObject()
                    .put("user", person.person())
                    .put("schedule", person.schedule().orElse(null)));
            ArrayNode empty = node.putArray("schedules_with_nobody_on_call");
            level.emptySchedules().forEach(empty::add);
        }
        return PreviewJsonRenderer.write(root);
    }
}
