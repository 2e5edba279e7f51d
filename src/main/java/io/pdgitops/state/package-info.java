/**
 * The service's state on disk: sync history, the applied revision and the inventory of what was applied, written
 * atomically so a crash leaves the old file or the new one.
 */
package io.pdgitops.state;
