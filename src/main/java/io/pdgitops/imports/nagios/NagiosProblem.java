package io.pdgitops.imports.nagios;

/** Something wrong with the Nagios configuration, at the line that causes it. */
public record NagiosProblem(NagiosLocation location, String message) {

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
