package io.pdgitops.imports.nagios;

import java.util.Locale;
import java.util.Optional;

/**
 * What becomes one PagerDuty service: each host group, each service group, each host, or each value of a custom
 * variable ({@code var:_PD_SERVICE}).
 *
 * @param variable the custom variable's name, upper-cased, for {@link Kind#VARIABLE} only
 */
public record MapBy(Kind kind, Optional<String> variable) {

    public enum Kind { HOSTGROUP, SERVICEGROUP, HOST, VARIABLE }

    /** {@code hostgroup}, {@code servicegroup}, {@code host} or {@code var:_NAME}. */
    public static MapBy parse(String text) {
        String value = text.strip();
        if (value.startsWith("var:")) {
            String name = value.substring(4).strip().toUpperCase(Locale.ROOT);
            if (!name.matches("_[A-Z0-9_]+")) {
                throw new IllegalArgumentException("--map-by " + text + ": a custom variable starts with `_`, e.g. "
                        + "var:_PD_SERVICE");
            }
            return new MapBy(Kind.VARIABLE, Optional.of(name));
        }
        return switch (value) {
            case "hostgroup" -> new MapBy(Kind.HOSTGROUP, Optional.empty());
            case "servicegroup" -> new MapBy(Kind.SERVICEGROUP, Optional.empty());
            case "host" -> new MapBy(Kind.HOST, Optional.empty());
            default -> throw new IllegalArgumentException("--map-by " + text
                    + ": expected hostgroup, servicegroup, host or var:_NAME");
        };
    }

    /** For descriptions and summaries, e.g. "hostgroup" or "_PD_SERVICE". */
    public String label() {
        return variable.orElse(kind.name().toLowerCase(Locale.ROOT));
    }
}
