package io.pdgitops.imports.nagios;

/** The text of one object file, named as problems should name it. */
public record NagiosSource(String label, String text) {
}
