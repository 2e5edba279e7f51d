package io.pdgitops.export;

import io.pdgitops.model.ObjectKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which objects an export starts from; what they reference is exported too, so the result validates.
 *
 * @param kinds the kinds to select from; all when empty
 * @param team only objects of this team (by name): the team itself, schedules and escalation policies that list
 *     it, services whose escalation policy lists it
 * @param namePattern only objects whose name contains a match
 */
public record ExportFilter(Set<ObjectKind> kinds, Optional<String> team, Optional<Pattern> namePattern) {

    public ExportFilter {
        kinds = kinds.isEmpty() ? EnumSet.allOf(ObjectKind.class) : EnumSet.copyOf(kinds);
    }

    public static ExportFilter everything() {
        return new ExportFilter(Set.of(), Optional.empty(), Optional.empty());
    }

    boolean selects(ObjectKind kind, String name, Set<String> teams) {
        return selectsByName(kind, name) && team.map(teams::contains).orElse(true);
    }

    /** Kind and name only: for objects that were never exported, whose team is not known. */
    boolean selectsByName(ObjectKind kind, String name) {
        return kinds.contains(kind) && namePattern.map(pattern -> pattern.matcher(name).find()).orElse(true);
    }
}
