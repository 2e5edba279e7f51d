package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.UserDto;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code /users}, read only: pd-gitops references users by email and leaves managing them to SSO. */
public final class UsersApi {

    private static final ApiPath LIST = ApiPath.of("/users");

    private final Entities entities;

    UsersApi(Entities entities) {
        this.entities = entities;
    }

    public List<UserDto> list() {
        return entities.getAll(LIST, Query.none(), "users", UserDto.class, UserDto::id);
    }

    public UserDto get(String id) {
        return entities.get(ApiPath.of("/users/{id}", id), Query.none(), "user", UserDto.class);
    }

    /**
     * The user whose email is {@code email}, ignoring case. PagerDuty's {@code query} matches names and emails
     * loosely ({@code ann@x.com} also finds {@code joann@x.com}), so the exact match is made here.
     */
    public Optional<UserDto> findByEmail(String email) {
        String wanted = email.strip().toLowerCase(Locale.ROOT);
        return entities.getAll(LIST, Query.of("query", email.strip()), "users", UserDto.class, UserDto::id).stream()
                .filter(user -> user.email() != null && user.email().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
