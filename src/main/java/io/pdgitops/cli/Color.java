package io.pdgitops.cli;

import java.util.Map;

/** Whether output may carry ANSI colours: only on a terminal, and never with NO_COLOR (no-color.org) or --no-color. */
public final class Color {

    private Color() {
    }

    /** True when {@code NO_COLOR} is set to anything but the empty string, as no-color.org defines it. */
    public static boolean refusedBy(Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        return noColor != null && !noColor.isEmpty();
    }

    static boolean wanted(Map<String, String> environment, boolean terminal, boolean noColorOption) {
        return terminal && !noColorOption && !refusedBy(environment);
    }
}
