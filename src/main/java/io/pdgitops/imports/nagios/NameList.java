package io.pdgitops.imports.nagios;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Nagios list of names such as {@code web-01,web-02,!web-03} or {@code *}: names to take and names to leave out.
 * Every name must exist; {@code *} stands for all of them.
 */
record NameList(Set<String> included, Set<String> excluded) {

    static final NameList EMPTY = new NameList(Set.of(), Set.of());

    /**
     * @param what for messages, e.g. "host"
     * @param known every name that exists
     */
    static NameList parse(String value, Set<String> known, String what, NagiosLocation at,
            List<NagiosProblem> problems) {
        Set<String> included = new LinkedHashSet<>();
        Set<String> excluded = new LinkedHashSet<>();
        for (String item : ValueText.list(value)) {
            boolean exclude = item.startsWith("!");
            String name = exclude ? item.substring(1).strip() : item;
            if (name.equals("*")) {
                (exclude ? excluded : included).addAll(known);
            } else if (!known.contains(name)) {
                problems.add(new NagiosProblem(at, "unknown " + what + " `" + name + "`"));
            } else {
                (exclude ? excluded : included).add(name);
            }
        }
        return new NameList(included, excluded);
    }
}
