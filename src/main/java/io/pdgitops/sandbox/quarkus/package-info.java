/**
 * The sandbox served by the Quarkus service under {@code /sandbox}: the route, its settings and where its seed of
 * users and teams comes from.
 */
package io.pdgitops.sandbox.quarkus;
