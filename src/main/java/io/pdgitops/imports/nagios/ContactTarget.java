package io.pdgitops.imports.nagios;

/**
 * The PagerDuty end of one Nagios contact.
 *
 * @param address the integration key (a secret) for {@code nagios}, the integration's email address for
 *                {@code email}; never in {@link #toString()}
 */
public record ContactTarget(String service, String integrationType, String address) {

    @Override
    public String toString() {
        return "ContactTarget[service=" + service + ", integrationType=" + integrationType + ", address=(redacted)]";
    }
}
