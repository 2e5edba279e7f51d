/** Checks of the deployment recipes under {@code deploy/} against the application's real configuration. */
package io.pdgitops.deploy;
