package io.pdgitops.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserReferencesTest {

    @TempDir
    Path repo;

    @Test
    void emailsMatchWhateverTheCaseAndARosterIsCheckedAtItsMembersOnce() throws IOException {
        String roster = """
                kind: Roster
                name: Days
                time_zone: Asia/Tokyo
                start: "2026-01-05"
                shifts:
                  - {name: all day, start: "09:00", end: "09:00"}
                members:
                  - {user: Ann@Example.com}
                  - {user: ghost@example.com}
                """;
        Files.writeString(repo.resolve("roster.yaml"), roster);
        int ghostLine = roster.lines().toList().indexOf("  - {user: ghost@example.com}") + 1;
        LoadResult loaded = ConfigLoader.load(repo);
        assertThat(loaded.isValid()).as(loaded.violations().toString()).isTrue();

        assertThat(UserReferences.unknown(loaded.state(), Set.of("ann@example.COM")))
                .extracting(violation -> violation.location().line(), Violation::code)
                .containsExactly(tuple(ghostLine, ViolationCode.DANGLING_REFERENCE));
        assertThat(UserReferences.unknown(loaded.state(), Set.of("ann@example.com", "GHOST@example.com"))).isEmpty();
    }

    @Test
    void aUserDocumentOfNoAccountUserIsReportedAtItsEmail() throws IOException {
        Files.writeString(repo.resolve("pd-gitops.yaml"), "manage_users: true\n");
        Files.writeString(repo.resolve("people.yaml"), """
                kind: User
                email: ghost@example.com
                contact_methods: []
                """);
        LoadResult loaded = ConfigLoader.load(repo);
        assertThat(loaded.isValid()).as(loaded.violations().toString()).isTrue();

        assertThat(UserReferences.unknown(loaded.state(), Set.of("ann@example.com")))
                .extracting(violation -> violation.location().line(), Violation::code)
                .containsExactly(tuple(2, ViolationCode.DANGLING_REFERENCE));
        assertThat(UserReferences.unknown(loaded.state(), Set.of("Ghost@Example.com"))).isEmpty();
    }
}
