package io.pdgitops.imports.nagios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the define blocks of one Nagios object file. Problems are collected, not thrown, so that one run reports
 * every broken line of every file; a broken block is dropped and parsing goes on after it.
 */
public final class ObjectFileParser {

    /** The object types of Nagios and Icinga 1.x; anything else is a typo Nagios itself would refuse. */
    static final Set<String> TYPES = Set.of("host", "service", "hostgroup", "servicegroup", "contact", "contactgroup",
            "timeperiod", "command", "hostdependency", "servicedependency", "hostescalation", "serviceescalation",
            "hostextinfo", "serviceextinfo", "module");

    /** The attributes of a time period that are not days, dates or date ranges. */
    private static final Set<String> TIMEPERIOD_ATTRIBUTES = Set.of("timeperiod_name", "alias", "exclude", "name",
            "use", "register");

    private static final Pattern DEFINE = Pattern.compile("define\\s+([A-Za-z_]+)\\s*(\\{)?\\s*(.*)");

    private final String file;
    private final List<NagiosProblem> problems;
    private final List<Definition> definitions = new ArrayList<>();
    private String openType;
    private NagiosLocation openAt;
    private Map<String, Attribute> openAttributes;
    private boolean openKept;

    private ObjectFileParser(String file, List<NagiosProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The well-formed blocks of {@code text}; each problem found is added to {@code problems}. */
    public static List<Definition> parse(String file, String text, List<NagiosProblem> problems) {
        ObjectFileParser parser = new ObjectFileParser(file, problems);
        for (LogicalLines.Line line : LogicalLines.of(text)) {
            parser.accept(line.number(), ValueText.withoutComment(line.text()).strip());
        }
        parser.finish();
        return parser.definitions;
    }

    private void accept(int number, String text) {
        if (text.isEmpty()) {
            return;
        }
        NagiosLocation here = new NagiosLocation(file, number);
        Matcher define = DEFINE.matcher(text);
        if (define.matches()) {
            if (openType != null) {
                problem(openAt, "define " + openType + " has no closing `}` before the next define at line " + number);
            }
            open(define, here);
        } else if (openType == null) {
            if (IncludeDirective.of(text, here).isEmpty()) {
                problem(here, "`" + abbreviate(text) + "` is outside any define block");
            }
        } else if (text.equals("}")) {
            close();
        } else if (text.equals("{") && !openKept) {
            // The brace of a define already reported for wanting it on its own line.
            return;
        } else {
            attribute(text, here);
        }
    }

    private void open(Matcher define, NagiosLocation here) {
        String type = define.group(1).toLowerCase(Locale.ROOT);
        // A broken block is still read to its `}`, so that its lines do not each count as a problem of their own.
        openKept = true;
        if (define.group(2) == null || !define.group(3).isEmpty()) {
            // Nagios wants the brace to end the define line and each attribute on a line of its own.
            problem(here, "`define " + define.group(1) + "` must be followed by `{` at the end of the same line");
            openKept = false;
        }
        if (!TYPES.contains(type)) {
            problem(here, "unknown object type `" + define.group(1) + "`; Nagios knows " + String.join(", ",
                    TYPES.stream().sorted().toList()));
            openKept = false;
        }
        openType = type;
        openAt = here;
        openAttributes = new LinkedHashMap<>();
    }

    private void attribute(String text, NagiosLocation here) {
        if (text.isEmpty()) {
            return;
        }
        String[] parts = text.split("\\s+", 2);
        String name = parts[0];
        if (openType.equals("timeperiod") && !TIMEPERIOD_ATTRIBUTES.contains(name)) {
            TimeperiodDirective directive = TimeperiodDirective.of(text);
            // `monday 09:00-17:00` and `monday -1 may 00:00-24:00` are different entries: the key is the day part.
            openAttributes.put(directive.day(), new Attribute(directive.ranges(), here));
            return;
        }
        if (parts.length < 2) {
            problem(here, "`" + name + "` has no value");
            return;
        }
        // Nagios keeps the last value of an attribute set twice in one define; so do we.
        openAttributes.remove(name);
        openAttributes.put(name, new Attribute(parts[1].strip(), here));
    }

    private void close() {
        if (openKept) {
            definitions.add(new Definition(openType, openAttributes, openAt));
        }
        openType = null;
    }

    private void finish() {
        if (openType != null) {
            problem(openAt, "define " + openType + " is not terminated: `}` missing before the end of the file");
        }
    }

    private void problem(NagiosLocation location, String message) {
        problems.add(new NagiosProblem(location, message));
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
