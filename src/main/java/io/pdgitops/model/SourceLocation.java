package io.pdgitops.model;

/**
 * A place in the configuration repository.
 *
 * @param file path relative to the repository root, with forward slashes
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(String file, int line, int column) {

    /** The start of a file, for problems that concern the file as a whole. */
    public static SourceLocation startOf(String file) {
        return new SourceLocation(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
