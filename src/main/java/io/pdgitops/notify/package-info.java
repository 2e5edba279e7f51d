/**
 * Notifications: a word to people when a sync fails, a commit lands invalid, drift appears or goes, or syncing
 * recovers. {@link io.pdgitops.notify.StateChanges} turns what the service observes into one notification per
 * change of state (never one per check); receivers shape it for Slack, Microsoft Teams, a signed JSON webhook or
 * PagerDuty's Events API; the dispatcher sends on its own thread with retries, so a failing receiver never holds
 * up a sync.
 */
package io.pdgitops.notify;
