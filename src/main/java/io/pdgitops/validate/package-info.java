/**
 * Validation of a loaded configuration: schema checks, names, references, schedules, escalation and integration
 * rules and on-call coverage, each finding a {@link io.pdgitops.validate.Violation} at a file and line with a stable
 * code; and {@link io.pdgitops.validate.Problem}, how a failed sync or check reports what stopped it. Pure core.
 */
package io.pdgitops.validate;
