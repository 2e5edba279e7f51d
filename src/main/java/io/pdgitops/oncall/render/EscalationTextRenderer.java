package io.pdgitops.oncall.render;

import io.pdgitops.model.DisplayText;
import io.pdgitops.oncall.EscalationChain;
import java.util.stream.Collectors;

/**
 * An escalation chain for terminals (and, fenced, for Markdown): one line per level, levels that reach nobody flagged.
 * Names from Git are escaped ({@link DisplayText}), so none can break a line or repaint the terminal.
 */
public final class EscalationTextRenderer {

    public String render(EscalationChain chain) {
        StringBuilder out = new StringBuilder();
        out.append(DisplayText.escape("Service " + chain.service() + ", escalation policy " + chain.policy()
                + ", incident at " + chain.at())).append('\n');
        for (EscalationChain.Level level : chain.levels()) {
            out.append("Level ").append(level.number()).append(" after ").append(level.minutesAfter()).append(" min: ");
            if (level.reachesNobody()) {
                out.append("NOBODY");
            } else {
                out.append(level.reached().stream().map(EscalationTextRenderer::reached).collect(Collectors.joining(", ")));
            }
            if (!level.emptySchedules().isEmpty()) {
                out.append(" (nobody on call in ").append(DisplayText.escape(String.join(", ", level.emptySchedules()))).append(')');
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
        return DisplayText.escape(reached.person() + reached.schedule().map(schedule -> " (" + schedule + ")").orElse(""));
    }
}
