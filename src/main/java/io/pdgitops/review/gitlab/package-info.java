/**
 * GitLab's side of pre-merge checks: commit statuses and merge-request notes over API v4.
 */
package io.pdgitops.review.gitlab;
