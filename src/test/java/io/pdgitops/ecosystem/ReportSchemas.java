package io.pdgitops.ecosystem;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The published schemas of the CI report formats, copied into src/test/resources/report-schemas (sources and
 * licenses in its README): what each CI system checks a report against, without a network at test time.
 */
public final class ReportSchemas {

    private static final Path DIR = Path.of("src/test/resources/report-schemas");

    private ReportSchemas() {
    }

    /** Every way the document breaks the SARIF 2.1.0 schema (draft-04); empty when it conforms. */
    public static List<String> sarifErrors(JsonNode sarif) throws IOException {
        return errors(SpecificationVersion.DRAFT_4, "sarif-schema-2.1.0.json", sarif);
    }

    /** Every way one Code Quality issue breaks the schema GitLab's parser checks each issue with. */
    public static List<String> codeQualityIssueErrors(JsonNode issue) throws IOException {
        return errors(SpecificationVersion.DRAFT_7, "gitlab-codeclimate.json", issue);
    }

    /** Every way the file breaks the Ant JUnit schema; empty when it conforms. */
    public static List<String> junitErrors(Path xml) throws IOException {
        List<String> errors = new ArrayList<>();
        try {
            var validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(DIR.resolve("junit-windyroad.xsd").toFile()).newValidator();
            validator.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            validator.validate(new StreamSource(xml.toFile()));
        } catch (SAXException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }

    private static List<String> errors(SpecificationVersion version, String file, JsonNode document) throws IOException {
        try (InputStream schemaText = Files.newInputStream(DIR.resolve(file))) {
            Schema schema = SchemaRegistry.withDefaultDialect(version).getSchema(schemaText);
            return schema.validate(document).stream().map(Object::toString).toList();
        }
    }
}
