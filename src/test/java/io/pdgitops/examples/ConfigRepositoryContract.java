package io.pdgitops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.validate.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * What every shipped configuration repository, hand-written or generated, must satisfy: it passes
 * the real validator without a single error or unexpected warning, and its sandbox seed knows every user and team it
 * names. Subclasses call {@link #load} once, in a {@code @BeforeAll} method.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class ConfigRepositoryContract {

    LoadResult loaded;
    DesiredState state;
    SandboxSeed seed;

    void load(Path root) throws IOException {
        loaded = ConfigLoader.load(root);
        state = loaded.state();
        seed = SandboxSeed.load(root.resolve("sandbox-seed.yaml"));
    }

    /** Warnings the repository shows on purpose, as {@code file:line:col code}; none unless a subclass says so. */
    List<String> expectedWarnings() {
        return List.of();
    }

    @Test
    void validatesWithoutErrorsOrUnexpectedWarnings() {
        assertThat(loaded.violations().stream().filter(Violation::isError).map(Violation::format).toList()).isEmpty();
        assertThat(loaded.violations().stream().map(v -> v.location() + " " + v.code().id()).toList())
                .containsExactlyInAnyOrderElementsOf(expectedWarnings());
        // Maintenance windows are documents, not objects other documents refer to.
        assertThat(state.objectCount() + state.maintenanceWindows().size() + state.users().size())
                .isEqualTo(loaded.documentCount()).isPositive();
    }

    @Test
    void seedCreatesEveryReferencedUser() {
        assertThat(UserReferences.of(state)).isNotEmpty()
            .filteredOn(reference -> !seed.userEmails().contains(reference.email()))
            .isEmpty();
    }

    @Test
    void seedCreatesExactlyTheTeamsTheRepositoryDeclares() {
        Set<String> declared = state.teams().stream().map(DeclaredObject::name).collect(Collectors.toSet());
        assertThat(declared).isNotEmpty().isEqualTo(seed.teamNames());
    }
}
