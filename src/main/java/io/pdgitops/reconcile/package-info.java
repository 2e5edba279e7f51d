/**
 * The one place that runs read live state, diff, plan and apply, for the command line and the service alike.
 */
package io.pdgitops.reconcile;
