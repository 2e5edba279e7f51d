/**
 * Field-level comparison of what Git declares ({@link io.pdgitops.model.DesiredState}) with what
 * PagerDuty has ({@link io.pdgitops.diff.LiveState}), after normalisation, so that equal meaning
 * never shows as a change. Pure: no I/O, no clock (the time comes in {@link io.pdgitops.diff.DiffOptions}).
 */
package io.pdgitops.diff;
