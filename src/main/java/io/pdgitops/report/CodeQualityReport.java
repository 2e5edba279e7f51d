package io.pdgitops.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * GitLab Code Quality JSON ({@code artifacts:reports:codequality}): the merge request widget and diff show each
 * finding on its line. GitLab tells findings apart by fingerprint, so it is derived from what the finding says and
 * where, not from the order of the report.
 */
public final class CodeQualityReport {

    private CodeQualityReport() {
    }

    public static String render(CheckFindings check) {
        ArrayNode issues = ReportJson.MAPPER.createArrayNode();
        for (Finding finding : check.findings()) {
            var issue = issues.addObject();
            issue.put("type", "issue");
            issue.put("check_name", finding.rule());
            issue.put("description", finding.message());
            issue.put("severity", severity(finding.level()));
            issue.put("fingerprint", fingerprint(check.command(), finding));
            var location = issue.putObject("location");
            location.put("path", finding.location().file());
            location.putObject("lines").put("begin", finding.location().line());
        }
        return ReportJson.write(issues);
    }

    /** GitLab's scale is info, minor, major, critical, blocker; an error blocks the merge's apply, not the merge. */
    static String severity(FindingLevel level) {
        return switch (level) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case NOTE -> "info";
        };
    }

    private static String fingerprint(String command, Finding finding) {
        String identity = String.join("\u0000", command, finding.rule(), finding.location().toString(),
                finding.message());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
