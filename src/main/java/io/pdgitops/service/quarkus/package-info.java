/**
 * {@code pd-gitops serve}'s wiring: configuration ({@code pd-gitops.*}), the single sync worker with its triggers,
 * the PagerDuty connection (real, or the served sandbox in-process), webhook intake and metrics.
 */
package io.pdgitops.service.quarkus;
