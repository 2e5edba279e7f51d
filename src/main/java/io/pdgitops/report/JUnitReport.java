package io.pdgitops.report;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, as CI test views read it (GitLab's test report, Jenkins, Azure DevOps): one test case per file, which
 * fails when the file has errors. Warnings and notes go to the suite's output, since a case holds one failure.
 * Follows the widely used Ant JUnit schema, whose required elements and attributes are all written.
 */
public final class JUnitReport {

    /** The schema's timestamp: ISO 8601 without zone or fraction. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private JUnitReport() {
    }

    /** {@code at} is when the check ran, which the schema requires. */
    public static String render(CheckFindings check, Instant at) {
        Map<String, List<Finding>> errorsByFile = check.findings().stream()
                .filter(finding -> finding.level() == FindingLevel.ERROR)
                .collect(Collectors.groupingBy(finding -> finding.location().file()));
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("package", "pd-gitops");
            xml.writeAttribute("id", "0");
            xml.writeAttribute("name", "pd-gitops " + check.command());
            xml.writeAttribute("timestamp", TIMESTAMP.format(at));
            xml.writeAttribute("hostname", "localhost");
            xml.writeAttribute("tests", Integer.toString(check.files().size()));
            xml.writeAttribute("failures", Integer.toString(errorsByFile.size()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", "0");
            xml.writeEmptyElement("properties");
            for (String file : check.files()) {
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", "pd-gitops." + check.command());
                xml.writeAttribute("name", file);
                xml.writeAttribute("time", "0");
                List<Finding> errors = errorsByFile.getOrDefault(file, List.of());
                if (!errors.isEmpty()) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", clean(errors.size() + (errors.size() == 1 ? " error: " : " errors, first: ")
                            + errors.get(0).message()));
                    xml.writeAttribute("type", errors.get(0).rule());
                    xml.writeCharacters(clean(lines(errors)));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeStartElement("system-out");
            xml.writeCharacters(clean(lines(check.findings().stream()
                    .filter(finding -> finding.level() != FindingLevel.ERROR).toList())));
            xml.writeEndElement();
            xml.writeEmptyElement("system-err");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML into a string cannot fail", e);
        }
        return text + "\n";
    }

    /** {@code file:line:col: level rule message}, the text report's line. */
    private static String lines(List<Finding> findings) {
        return findings.stream().map(finding -> finding.location() + ": " + finding.level().name().toLowerCase(Locale.ROOT) + " " + finding.rule() + " " + finding.message() + "\n")
                .collect(Collectors.joining());
    }

    /** XML 1.0 cannot carry most control characters, even escaped; a YAML file can contain them. */
    private static String clean(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "\uFFFD");
    }
}
