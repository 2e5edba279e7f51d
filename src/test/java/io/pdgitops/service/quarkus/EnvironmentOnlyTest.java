package io.pdgitops.service.quarkus;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class EnvironmentOnlyTest {

    @Test
    void aTokenFromTheEnvironmentIsAccepted() {
        Config config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(Map.of("PD_GITOPS_REPO_TOKEN", "ghp_secret"), 300)).build();

        assertThatCode(() -> EnvironmentOnly.require(config, TrackedGit.TOKEN_KEY)).doesNotThrowAnyException();
    }

    @Test
    void aTokenFromAFileIsRefusedWithoutShowingIt() {
        Config config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of(TrackedGit.TOKEN_KEY, "ghp_secret"),
                        "application.properties", 250))
                .build();

        assertThatThrownBy(() -> EnvironmentOnly.require(config, TrackedGit.TOKEN_KEY))
                .hasMessage("pd-gitops.repo.token is a secret and must come from the environment variable "
                        + "PD_GITOPS_REPO_TOKEN, not from PropertiesConfigSource[source=application.properties]")
                .message().doesNotContain("ghp_secret");
    }

    @Test
    void noTokenIsFine() {
        assertThatCode(() -> EnvironmentOnly.require(new SmallRyeConfigBuilder().build(), TrackedGit.TOKEN_KEY))
                .doesNotThrowAnyException();
    }
}
