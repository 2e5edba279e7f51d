/**
 * Ordered plans from a {@link io.pdgitops.diff.Diff}: dependencies between steps, prune from the
 * last applied {@link io.pdgitops.plan.Inventory}, and the {@code max_deletions} guard. Pure: no I/O.
 */
package io.pdgitops.plan;
