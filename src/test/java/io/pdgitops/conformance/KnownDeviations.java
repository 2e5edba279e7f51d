package io.pdgitops.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one list of places where the sandbox knowingly differs from PagerDuty's published spec, each with its
 * reason, read from {@code src/test/resources/sandbox/KNOWN_DEVIATIONS.md}. A line names a route
 * (<code>- `METHOD /path`: ...</code>), a status (<code>... answers NNN: ...</code>), a query parameter
 * (<code>... query `name`: ...</code>) or a body location (<code>... request `$.path` keyword: ...</code>,
 * <code>... response NNN `$.path` keyword: ...</code>; the keyword may be left out, and a location ending in
 * {@code *} covers everything below it), or a schema of the spec itself that PagerDuty does not keep to
 * (<code>- schema `#/components/schemas/...`: ...</code>, covering that keyword or everything below it, on every
 * route).
 */
final class KnownDeviations {

    static final Path FILE = Path.of("src/test/resources/sandbox/KNOWN_DEVIATIONS.md");
    private static final Pattern SCHEMA_LINE = Pattern.compile("^- schema `#(/[^`]+)`: (.+)$");
    private static final Pattern LINE = Pattern.compile("^- `([A-Z]+) (/[^`]*)`"
            + "(?: answers (\\d{3})| query `([^`]+)`| (request|response \\d{3}) `([^`]+)`(?: (\\w+))?)?: (.+)$");

    /** One listed deviation; {@code keyword} is empty when any keyword is meant. */
    record Deviation(String method, String template, String subject, String location, String keyword, String reason) {

        boolean covers(SchemaFinding finding) {
            if (subject.equals("schema")) {
                return finding.schemaPointer().equals(location) || finding.schemaPointer().startsWith(location + "/");
            }
            if (subject.equals("route")) {
                String[] route = finding.route().split(" ", 2);
                return finding.subject().equals("route") && route[0].equals(method)
                        && OpenApiSpec.templateMatches(template, route[1]);
            }
            return finding.subject().equals(subject) && sameTemplate(finding.route(), method + " " + template)
                    && (location.endsWith("*") && !location.endsWith("[*]")
                            ? finding.location().startsWith(location.substring(0, location.length() - 1))
                            : finding.location().equals(location))
                    && (keyword.isEmpty() || keyword.equals(finding.keyword()));
        }

        /** Parameter names differ between the spec and the sandbox ({id} and {schedule_id}); only the shape counts. */
        private static boolean sameTemplate(String one, String other) {
            return one.replaceAll("\\{[^}]*}", "{}").equals(other.replaceAll("\\{[^}]*}", "{}"));
        }
    }

    private final List<Deviation> deviations;

    private KnownDeviations(List<Deviation> deviations) {
        this.deviations = List.copyOf(deviations);
    }

    static KnownDeviations read() throws IOException {
        return parse(Files.readAllLines(FILE));
    }

    static KnownDeviations parse(List<String> lines) {
        List<Deviation> found = new ArrayList<>();
        for (String line : lines) {
            Matcher schema = SCHEMA_LINE.matcher(line);
            if (schema.matches()) {
                found.add(new Deviation("", "", "schema", schema.group(1), "", schema.group(2)));
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            if (m.group(3) != null) {
                found.add(new Deviation(m.group(1), m.group(2), "status", m.group(3), "", m.group(8)));
            } else if (m.group(4) != null) {
                found.add(new Deviation(m.group(1), m.group(2), "query", m.group(4), "", m.group(8)));
            } else if (m.group(5) != null) {
                found.add(new Deviation(m.group(1), m.group(2), m.group(5), m.group(6),
                        m.group(7) == null ? "" : m.group(7), m.group(8)));
            } else {
                found.add(new Deviation(m.group(1), m.group(2), "route", "", "", m.group(8)));
            }
        }
        return new KnownDeviations(found);
    }

    List<Deviation> all() {
        return deviations;
    }

    /** The findings no listed deviation explains. */
    List<SchemaFinding> unexplained(List<SchemaFinding> findings) {
        return findings.stream().filter(finding -> deviations.stream().noneMatch(d -> d.covers(finding))).toList();
    }

    /** The listed body and query deviations that none of {@code findings} needs: stale entries to remove. */
    List<Deviation> unusedBodyAndQueryDeviations(List<SchemaFinding> findings) {
        return deviations.stream()
                .filter(d -> !d.subject().equals("route") && !d.subject().equals("status"))
                .filter(d -> findings.stream().noneMatch(d::covers))
                .toList();
    }
}
