package io.pdgitops.load;

import java.util.Optional;

/**
 * The YAML parser's most common complaints in the words of someone editing a configuration file. The parser says
 * what token it expected ("expected <block end>, but found '?'"); the person needs to hear that a line is
 * indented off its block, or that a value holds a colon, and what to do about it.
 */
final class PlainSyntaxMessages {

    private PlainSyntaxMessages() {
    }

    /**
     * @param problem the parser's own words
     * @param blockLine where the block the problem belongs to started, when the parser says
     * @param blockColumn the column of that start
     */
    static Optional<String> of(String problem, Optional<Integer> blockLine, Optional<Integer> blockColumn) {
        String block = blockLine.map(line -> " (the block started at line " + line
                + blockColumn.map(column -> ", column " + column).orElse("") + ")").orElse("");
        if (problem.startsWith("expected <block end>") || problem.startsWith("did not find expected key")
                || problem.startsWith("did not find expected '-' indicator")) {
            return Optional.of("this line's indentation does not fit its block" + block + ": keys of one mapping, "
                    + "and the items of one list, start in the same column; indent it like its siblings, or "
                    + "deeper under its parent key");
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return Optional.of("a `key: value` where only a value may stand: indent this key like the keys around "
                    + "it, or, if the colon belongs to a value, put the value in quotes");
        }
        if (problem.startsWith("could not find expected ':'")) {
            return Optional.of("a line in a mapping without `key: value`" + block + ": add the colon, or quote a "
                    + "value that goes on over several lines");
        }
        return Optional.empty();
    }
}
