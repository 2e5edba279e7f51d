/**
 * Reports checks of pull and merge requests back to the Git host: a commit status and one comment kept up to date.
 * The wording ({@link io.pdgitops.review.CheckStatus}, {@link io.pdgitops.review.CheckMarkdown}) is pure; the
 * hosts' API clients live in {@code github} and {@code gitlab} and share {@link io.pdgitops.review.ReviewHttp}.
 */
package io.pdgitops.review;
