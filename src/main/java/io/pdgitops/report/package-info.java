/**
 * Reports for CI systems other than GitHub annotations: JUnit XML (test result views), SARIF 2.1.0 (GitHub code
 * scanning) and GitLab Code Quality JSON. Pure: findings in, text out; the CLI writes the files.
 */
package io.pdgitops.report;
