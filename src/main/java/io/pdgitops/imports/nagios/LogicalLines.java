package io.pdgitops.imports.nagios;

import java.util.ArrayList;
import java.util.List;

/** Lines as Nagios reads them: a line ending in a backslash goes on in the next one. */
final class LogicalLines {

    record Line(int number, String text) {
    }

    private LogicalLines() {
    }

    /** Each logical line with the number of its first physical line; comment lines never continue. */
    static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        String[] physical = text.split("\r?\n", -1);
        StringBuilder pending = null;
        int start = 0;
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i];
            String stripped = line.stripTrailing();
            boolean continues = stripped.endsWith("\\") && !isComment(pending == null ? line : "");
            if (pending == null) {
                pending = new StringBuilder();
                start = i + 1;
            }
            pending.append(continues ? stripped.substring(0, stripped.length() - 1) : line);
            if (!continues) {
                lines.add(new Line(start, pending.toString()));
                pending = null;
            }
        }
        if (pending != null) {
            lines.add(new Line(start, pending.toString()));
        }
        return lines;
    }

    private static boolean isComment(String line) {
        String text = line.stripLeading();
        return text.startsWith("#") || text.startsWith(";");
    }
}
