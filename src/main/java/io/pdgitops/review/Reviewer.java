package io.pdgitops.review;

import io.pdgitops.webhook.ReviewedRepository;

/** Reports a check on one Git host: the commit status and the one comment on the pull or merge request. */
public interface Reviewer {

    void status(ReviewedRepository repository, String commit, CheckStatus status);

    /** Edits the comment that carries {@link CheckComment#MARKER}, or adds it when there is none. */
    void comment(ReviewedRepository repository, long number, String body);

    /** Links to the configuration's files at {@code commit} on the host's web pages. */
    FileLinks links(ReviewedRepository repository, String commit, String subPath);
}
