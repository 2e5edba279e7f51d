package io.pdgitops.oncall.render;

import io.pdgitops.oncall.EscalationChain;
import java.util.stream.Collectors;

/** An escalation chain for terminals (and, fenced, for Markdown): one line per level, levels that reach nobody flagged. */
public final class EscalationTextRenderer {

    public String render(EscalationChain chain) {
        StringBuilder out = new StringBuilder();
        out.append("Service ").append(chain.service()).append(", escalation policy ").append(chain.policy())
                .append(", incident at ").append(chain.at()).append('\n');
        for (EscalationChain.Level level : chain.levels()) {
            out.append("Level ").append(level.number()).append(" after ").append(level.minutesAfter()).append(" min: ");
            if (level.reachesNobody()) {
                out.append("NOBODY");
            } else {
                out.append(level.reached().stream().map(EscalationTextRenderer::reached).collect(Collectors.joining(", ")));
            }
            if (!level.emptySchedules().isEmpty()) {
                out.append(" (nobody on call in ").append(String.join(", ", level.emptySchedules())).append(')');
            }
            out.append('\n');
        }
        if (chain.numLoops() > 0) {
            out.append("Then repeats ").append(chain.numLoops()).append(chain.numLoops() == 1 ? " time" : " times").append('\n');
        }
        if (chain.anyLevelReachesNobody()) {
            out.append("Warning: a level reaches nobody at this time\n");
        }
        return out.toString();
    }

    private static String reached(EscalationChain.Reached reached) {
        return reached.person() + reached.schedule().map(schedule -> " (" + schedule + ")").orElse("");
    }
}
