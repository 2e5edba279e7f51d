package io.pdgitops.report;

import io.pdgitops.model.SourceLocation;

/**
 * One thing a check found, at a place in the repository.
 *
 * @param rule a stable identifier such as a violation code ({@code unknown-reference}) or {@code plan/create}
 * @param ruleSummary what the rule is about, the same for every finding of the rule
 * @param location where; things about the repository as a whole point at the start of its settings file
 */
public record Finding(FindingLevel level, String rule, String ruleSummary, SourceLocation location, String message) {
}
