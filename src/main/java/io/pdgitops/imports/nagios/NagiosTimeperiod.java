package io.pdgitops.imports.nagios;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A Nagios time period after inheritance.
 *
 * @param entries the time ranges (such as {@code 09:00-17:00,18:00-20:00}) by day part: a weekday
 *     ({@code monday}) or a date exception ({@code monday -1 may}, {@code 2026-12-24}, {@code day 15})
 * @param exclude the {@code exclude} attribute, when set
 */
public record NagiosTimeperiod(String name, Map<String, Attribute> entries, Optional<Attribute> exclude,
        NagiosLocation location) {

    public NagiosTimeperiod {
        entries = new TreeMap<>(entries);
    }
}
