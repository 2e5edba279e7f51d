/**
 * The {@code pd-gitops} command line (picocli): validate, plan, apply, drift, export and import, their output
 * formats and exit codes. The edge: it may use every layer below it.
 */
package io.pdgitops.cli;
