package io.pdgitops.report;

import java.util.List;

/**
 * What one run of {@code validate} or {@code plan} found.
 *
 * @param command the command that checked, which names the report's tool run and test suite
 * @param files every file the check read, also those without findings: a JUnit view counts them as passed
 */
public record CheckFindings(String command, List<String> files, List<Finding> findings) {

    public CheckFindings {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(finding -> finding.level() == FindingLevel.ERROR);
    }
}
