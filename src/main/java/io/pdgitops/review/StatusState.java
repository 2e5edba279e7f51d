package io.pdgitops.review;

/** The states GitHub and GitLab commit statuses share. */
public enum StatusState {
    PENDING, SUCCESS, FAILURE, ERROR
}
