/**
 * On-call rendering for PagerDuty's layered schedules: who holds each turn, restrictions, layer
 * precedence, overrides, gaps and coverage. Pure: no I/O, no framework. The sandbox renders its
 * {@code final_schedule} with it, and the CLI preview and the PR check reuse it.
 */
package io.pdgitops.schedule;
