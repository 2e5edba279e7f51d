package io.pdgitops.imports.nagios;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Nagios list of names such as {@code web-01,web-02,!web-03} or {@code *}: names to take and names to leave out.
 * Every name must exist; {@code *} stands for all of them. When nagios.cfg turns regular expression matching on,
 * an item may also be an expression that takes every known name it matches (see {@link NameMatching}).
 */
record NameList(Set<String> included, Set<String> excluded) {

    static final NameList EMPTY = new NameList(Set.of(), Set.of());

    /**
     * @param what for messages, e.g. "host"
     * @param known every name that exists
     */
    static NameList parse(String value, Set<String> known, String what, NagiosLocation at,
            List<NagiosProblem> problems) {
        return parse(value, known, what, at, problems, NameMatching.LITERAL);
    }

    static NameList parse(String value, Set<String> known, String what, NagiosLocation at,
            List<NagiosProblem> problems, NameMatching matching) {
        Set<String> included = new LinkedHashSet<>();
        Set<String> excluded = new LinkedHashSet<>();
        for (String item : ValueText.list(value)) {
            boolean exclude = item.startsWith("!");
            String name = exclude ? item.substring(1).strip() : item;
            Optional<Pattern> pattern = matching.pattern(name, at, problems);
            if (pattern.isPresent()) {
                known.stream().filter(candidate -> pattern.get().matcher(candidate).find())
                        .forEach((exclude ? excluded : included)::add);
            } else if (name.equals("*")) {
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
