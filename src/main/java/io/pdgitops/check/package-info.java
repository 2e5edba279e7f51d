/**
 * What checking or reading a revision found, as the review reporters, the REST API and the CLI show it: the check's
 * result and outcome and the last drift snapshot. Records only; the service produces them, the others read them
 * without depending on the service.
 */
package io.pdgitops.check;
