package io.pdgitops.imports.nagios;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How nagios.cfg says object names in lists are matched. With {@code use_regexp_matching=1} Nagios 4 treats a name
 * containing {@code *}, {@code ?}, {@code +} or {@code \.} as an extended regular expression; with
 * {@code use_true_regexp_matching=1} every name is one. Nagios searches the name with the expression (regexec
 * without anchors), so {@code web} matches {@code web-01} and {@code my-web}; the same is done here.
 */
enum NameMatching {
    LITERAL, REGEXP, TRUE_REGEXP;

    static NameMatching of(Map<String, String> mainSettings) {
        if (on(mainSettings.get("use_true_regexp_matching"))) {
            return on(mainSettings.get("use_regexp_matching")) ? TRUE_REGEXP : LITERAL;
        }
        return on(mainSettings.get("use_regexp_matching")) ? REGEXP : LITERAL;
    }

    private static boolean on(String value) {
        return value != null && value.strip().equals("1");
    }

    /** The expression a list item stands for, or empty when it is a plain name (or the {@code *} of every name). */
    Optional<Pattern> pattern(String item, NagiosLocation at, List<NagiosProblem> problems) {
        boolean special = item.contains("*") || item.contains("?") || item.contains("+") || item.contains("\\.");
        if (this == LITERAL || item.equals("*") || (this == REGEXP && !special)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(item));
        } catch (PatternSyntaxException e) {
            problems.add(new NagiosProblem(at, "`" + item + "` is not a valid regular expression: "
                    + e.getDescription()));
            return Optional.of(Pattern.compile("(?!)"));
        }
    }
}
