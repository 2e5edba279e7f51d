package io.pdgitops.imports.nagios;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people part of an import's summary: the policies made from contact groups, the users PagerDuty must know, and
 * every notification setting that PagerDuty cannot hold, at its line.
 */
public final class PeopleSummary {

    private PeopleSummary() {
    }

    /**
     * @param known the emails of PagerDuty's users, lower-cased, when they were looked up; empty when offline, so
     *     every user is listed as one to check
     * @param where what was asked, e.g. "the sandbox"
     */
    public static String render(PeopleImport people, Optional<Set<String>> known, String where) {
        StringBuilder out = new StringBuilder();
        out.append("People: ").append(people.policies().size()).append(" escalation policies and teams from contact "
                + "groups, paging ").append(people.users().size()).append(" users\n");
        if (known.isEmpty()) {
            if (!people.users().isEmpty()) {
                out.append("Users to check in PagerDuty (not looked up; --check-users does): ")
                        .append(String.join(", ", people.users())).append('\n');
            }
        } else {
            List<String> unknown = unknown(people.users(), known.get());
            out.append(unknown.isEmpty() ? "Every user is known to " + where + "\n"
                    : "Users unknown to " + where + " (" + unknown.size() + "; apply fails until they exist): "
                            + String.join(", ", unknown) + "\n");
        }
        if (!people.notExpressed().isEmpty()) {
            out.append("Not expressed in PagerDuty (").append(people.notExpressed().size()).append("):\n");
            people.notExpressed().forEach(note -> out.append("  ").append(note).append('\n'));
        }
        return out.toString();
    }

    /** The users whose email PagerDuty does not have (emails compare without case, as PagerDuty's do). */
    public static List<String> unknown(List<String> users, Set<String> known) {
        Set<String> lower = known.stream().map(email -> email.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return users.stream().filter(user -> !lower.contains(user.toLowerCase(Locale.ROOT))).toList();
    }
}
