package io.pdgitops.imports.sensu;

/** Something wrong in a dump, at its file and line. */
public record SensuProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
