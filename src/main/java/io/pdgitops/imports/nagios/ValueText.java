package io.pdgitops.imports.nagios;

import java.util.ArrayList;
import java.util.List;

/** The text rules of Nagios values: comments, escaped semicolons, comma-separated lists. */
final class ValueText {

    private ValueText() {
    }

    /**
     * The line without its comment: a line starting with {@code #} or {@code ;} is all comment, and a {@code ;}
     * later in the line starts one unless written {@code \;} (which stands for a plain semicolon).
     */
    static String withoutComment(String line) {
        String text = line.stripLeading();
        if (text.startsWith("#") || text.startsWith(";")) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == ';') {
                kept.append(';');
                i++;
            } else if (c == ';') {
                break;
            } else {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** The items of a comma-separated value, trimmed, empty ones dropped. */
    static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            String trimmed = item.strip();
            if (!trimmed.isEmpty()) {
                items.add(trimmed);
            }
        }
        return items;
    }
}
