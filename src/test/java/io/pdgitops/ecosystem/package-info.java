/**
 * Checks of what pd-gitops hands to the tools around it (Prometheus, OpenAPI linters, editors, CI report viewers),
 * made with those tools when they are installed and against their published schemas otherwise.
 */
package io.pdgitops.ecosystem;
