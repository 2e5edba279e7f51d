package io.pdgitops.model;

/**
 * Text from outside (file names, paths, reasons quoting them) made safe for a terminal or a log line: control
 * characters are written as escapes, so a file name holding a newline cannot forge a second log line and one holding
 * an escape sequence cannot repaint the terminal. Printable text, including non-ASCII, is left as it is.
 */
public final class DisplayText {

    private DisplayText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        if (text.codePoints().noneMatch(DisplayText::isControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isControl(c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * C0 and C1 controls, DEL, the line and paragraph separators that some viewers break lines at, and the
     * bidirectional overrides that make text read differently from what it is.
     */
    private static boolean isControl(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
