package io.pdgitops.imports.nagios;

/**
 * A line in a Nagios configuration file.
 *
 * @param file as the user knows it: relative to the folder of nagios.cfg when inside it, else absolute
 */
public record NagiosLocation(String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
