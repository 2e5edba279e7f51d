/**
 * An in-memory imitation of PagerDuty's REST API for tests, demos and previews: the same paths, bodies, errors,
 * paging and rate limits as the spec and the notes describe, with fault injection. Every known deviation is listed
 * in {@code src/test/resources/sandbox/KNOWN_DEVIATIONS.md}. The PagerDuty client never depends on it.
 */
package io.pdgitops.sandbox;
