/**
 * Git host webhooks (GitHub, Gitea, GitLab): size limit and signature or token checks on the raw body first, then
 * the push or change-request event read from the payload. An adapter: no decisions about syncing are made here.
 */
package io.pdgitops.webhook;
