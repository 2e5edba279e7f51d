package io.pdgitops.export;

import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.ObjectKind;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which objects an export starts from; what they reference is exported too, so the result validates.
 *
 * <p>Maintenance windows are written with the services they silence whenever the export writes all of those. With
 * {@code windows} they are also chosen on their own, by description: such a window is written referencing its
 * services by name without writing them, for a repository that already declares the services (a window is no
 * {@link ObjectKind}: it has no single PagerDuty object to be).
 *
 * @param kinds the object kinds to select from; none when only windows are chosen
 * @param windows whether maintenance windows are chosen on their own ({@code --kind MaintenanceWindow})
 * @param team only objects of this team (by name): the team itself, schedules and escalation policies that list
 *     it, services whose escalation policy lists it, windows that silence one of those services
 * @param namePattern only objects whose name (a window's description) contains a match
 */
public record ExportFilter(Set<ObjectKind> kinds, boolean windows, Optional<String> team,
        Optional<Pattern> namePattern) {

    /** How {@code --kind} names maintenance windows, as documents do. */
    public static final String MAINTENANCE_WINDOW = MaintenanceWindow.KIND;

    public ExportFilter {
        kinds = copy(kinds);
    }

    /** Objects of {@code kinds} (all when empty), and the windows of the services written. */
    public ExportFilter(Set<ObjectKind> kinds, Optional<String> team, Optional<Pattern> namePattern) {
        this(kinds.isEmpty() ? EnumSet.allOf(ObjectKind.class) : kinds, false, team, namePattern);
    }

    public static ExportFilter everything() {
        return new ExportFilter(Set.of(), Optional.empty(), Optional.empty());
    }

    boolean selects(ObjectKind kind, String name, Set<String> teams) {
        return selectsByName(kind, name) && team.map(teams::contains).orElse(true);
    }

    /** Kind and name only: for objects that were never exported, whose team is not known. */
    boolean selectsByName(ObjectKind kind, String name) {
        return kinds.contains(kind) && matches(name);
    }

    /**
     * Whether the windows of one description are chosen on their own.
     *
     * @param teams the teams of the services they silence
     */
    boolean selectsWindows(String description, Set<String> teams) {
        return windows && matches(description) && team.map(teams::contains).orElse(true);
    }

    private boolean matches(String name) {
        return namePattern.map(pattern -> pattern.matcher(name).find()).orElse(true);
    }

    private static Set<ObjectKind> copy(Collection<ObjectKind> kinds) {
        return kinds.isEmpty() ? EnumSet.noneOf(ObjectKind.class) : EnumSet.copyOf(kinds);
    }
}
