/**
 * The desired configuration as records: services, teams, schedules, escalation policies, integrations and the
 * repository settings, with the value types they share (durations, field paths, source locations). Pure core: no
 * I/O, clock or framework, and it depends on no other package of the project.
 */
package io.pdgitops.model;
