package io.pdgitops.apply;

/**
 * The integration key of an integration that apply created (or found left over from an interrupted apply): whoever
 * configures the monitoring host needs it, nobody else. {@link #toString()} never shows it; {@link #key()} does.
 */
public record IntegrationSecret(String service, String integration, String key) {

    @Override
    public String toString() {
        return "IntegrationSecret[service=" + service + ", integration=" + integration + ", key=(redacted)]";
    }
}
