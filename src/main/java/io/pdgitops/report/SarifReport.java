package io.pdgitops.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SARIF 2.1.0, the format GitHub code scanning uploads ({@code github/codeql-action/upload-sarif}): one run, one
 * rule per code found, one result per finding at its file, line and column. URIs are relative to the checked
 * folder; the automation id keeps validate and plan apart when both are uploaded.
 */
public final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    public static String render(CheckFindings check) {
        ObjectNode root = ReportJson.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "pd-gitops");
        ArrayNode rules = driver.putArray("rules");
        List<String> ruleIds = new ArrayList<>();
        for (Finding finding : check.findings()) {
            if (!ruleIds.contains(finding.rule())) {
                ruleIds.add(finding.rule());
                ObjectNode rule = rules.addObject();
                rule.put("id", finding.rule());
                rule.putObject("shortDescription").put("text", finding.ruleSummary());
            }
        }
        run.putObject("automationDetails").put("id", "pd-gitops/" + check.command() + "/");
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode results = run.putArray("results");
        for (Finding finding : check.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", finding.rule());
            result.put("ruleIndex", ruleIds.indexOf(finding.rule()));
            result.put("level", finding.level().name().toLowerCase(Locale.ROOT));
            result.putObject("message").put("text", finding.message());
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", finding.location().file());
            physical.putObject("region").put("startLine", finding.location().line())
                    .put("startColumn", finding.location().column());
        }
        return ReportJson.write(root);
    }
}
