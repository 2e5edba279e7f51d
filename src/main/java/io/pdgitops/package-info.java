/**
 * pd-gitops: PagerDuty configuration kept in Git, validated, planned, applied and checked for drift. This package
 * holds only the entry point, {@link io.pdgitops.Main}, which hands the command line to {@code io.pdgitops.cli} or
 * starts the service. The layers beneath it are described in {@code docs/architecture.md}.
 */
package io.pdgitops;
