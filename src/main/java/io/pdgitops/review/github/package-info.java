/**
 * GitHub's (and Gitea's) side of pre-merge checks: commit statuses and issue comments.
 */
package io.pdgitops.review.github;
