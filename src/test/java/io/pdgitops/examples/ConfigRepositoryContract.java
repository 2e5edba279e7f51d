package io.pdgitops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * What every shipped configuration repository, hand-written or generated, must satisfy. Subclasses
 * load {@link #repo} and {@link #seed} once, in a {@code @BeforeAll} method.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class ConfigRepositoryContract {

    ConfigRepository repo;
    SandboxSeed seed;

    @Test
    void everyDocumentHasAKnownKindAUniqueNameAndResolvingReferences() {
        assertThat(repo.documents()).isNotEmpty();
        assertThat(ReferenceCheck.problems(repo, seed)).isEmpty();
    }

    @Test
    void everyValueStaysWithinPagerDutyLimits() {
        assertThat(LimitCheck.problems(repo)).isEmpty();
    }

    @Test
    void seedCreatesExactlyTheTeamsTheRepositoryDeclares() {
        assertThat(repo.names("Team")).isNotEmpty().isEqualTo(seed.teamNames());
    }
}
