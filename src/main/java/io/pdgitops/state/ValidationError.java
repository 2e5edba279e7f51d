package io.pdgitops.state;

/** A validation error kept in history, located by file and line (0 when no line applies). */
public record ValidationError(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
