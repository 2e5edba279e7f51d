package io.pdgitops.model;

import java.util.Optional;

/**
 * A team membership.
 *
 * @param user email of the member
 * @param role {@code observer}, {@code responder} or {@code manager}; empty when the YAML leaves it
 *     out, so the member's role in PagerDuty is not managed
 */
public record TeamMember(String user, Optional<String> role) {
}
