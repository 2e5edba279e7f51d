package io.pdgitops.model;

import java.util.List;
import java.util.Optional;

/**
 * A team membership.
 *
 * @param user email of the member
 * @param role {@code observer}, {@code responder} or {@code manager}; empty when the YAML leaves it
 *     out, so the member's role in PagerDuty is not managed
 * @param tags the user's tag labels; empty when not managed, a present empty list removes them all.
 *     Users have no document of their own, so their tags are declared where they are declared.
 */
public record TeamMember(String user, Optional<String> role, Optional<List<String>> tags) implements Tagged {

    public TeamMember {
        tags = tags.map(List::copyOf);
    }

    /** A membership that leaves the user's tags alone. */
    public TeamMember(String user, Optional<String> role) {
        this(user, role, Optional.empty());
    }
}
