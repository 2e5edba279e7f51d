/**
 * The service's REST API ({@code /api/v1}): status, sync history, drift, validation of a revision and the webhook
 * endpoint, with bearer-token checks and readiness. The edge: it may use every layer below it.
 */
package io.pdgitops.api;
