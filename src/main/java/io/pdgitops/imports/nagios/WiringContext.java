package io.pdgitops.imports.nagios;

import java.util.List;
import java.util.function.Predicate;

/**
 * What the generated Nagios wiring must fit: the objects the server's configuration already defines (reused, never
 * defined twice, so that PagerDuty's own {@code pagerduty.cfg} and a stock {@code 24x7} keep working) and the
 * routes of the imported alerts. Without the configuration the wiring defines what it needs under names of its
 * own and assigns nothing.
 *
 * @param existing the configuration as Nagios reads it, or null when it was not given
 * @param ownFile whether a location is in the file being written (its earlier content is replaced, not reused)
 */
public record WiringContext(NagiosInventory existing, Predicate<NagiosLocation> ownFile) {

    public static final WiringContext NONE = new WiringContext(null, location -> false);

    /** Whether the configuration defines {@code type name} outside the file being written. */
    boolean defines(String type, String name) {
        return existing != null && existing.defined(type, name).filter(ownFile.negate()).isPresent();
    }

    List<AlertRoute> routes(ImportMapping mapping) {
        return existing == null ? List.of() : mapping.routes();
    }
}
