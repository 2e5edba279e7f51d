package io.pdgitops.model;

/**
 * A team membership.
 *
 * @param role {@code observer}, {@code responder} or {@code manager}
 */
public record TeamMember(String user, String role) {

    public static final String DEFAULT_ROLE = "responder";
}
