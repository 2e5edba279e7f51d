/**
 * What one sync and one drift check do, without a framework: read a revision from the Git source, validate it,
 * plan and apply through the reconciler, and record the outcome in the state store. The Quarkus wiring that
 * schedules them, serves the sandbox and reads the configuration is in {@code io.pdgitops.service.quarkus}.
 */
package io.pdgitops.service;
