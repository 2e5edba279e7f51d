package io.pdgitops.load;

import io.pdgitops.model.SourceLocation;
import java.util.Optional;

/**
 * Explains a YAML error by a tab in the indentation, the most common cause that SnakeYAML's
 * message does not name plainly.
 */
final class TabIndentation {

    private TabIndentation() {
    }

    /** The tab in the leading whitespace of {@code line} (1-based), if there is one. */
    static Optional<SourceLocation> find(String file, String text, int line) {
        int start = 0;
        for (int current = 1; current < line; current++) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                return Optional.empty();
            }
            start = newline + 1;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                return Optional.of(new SourceLocation(file, line, i - start + 1));
            }
            if (c != ' ') {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
