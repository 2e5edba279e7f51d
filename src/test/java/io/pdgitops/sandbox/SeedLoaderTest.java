package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedLoaderTest {

    @Test
    void readsUsersTeamsAndMembersWithDefaults() {
        Seed seed = TestSandbox.seed();
        assertThat(seed.users()).hasSize(5);
        assertThat(seed.users().get(0)).isEqualTo(new Seed.User("Taro Yamada", "taro@example.com", "Asia/Tokyo", "admin", "SRE lead"));
        assertThat(seed.users().get(3).role()).isEqualTo("user");
        assertThat(seed.users().get(4).timeZone()).isEqualTo("Etc/UTC");
        assertThat(seed.teams().get(0).members()).containsExactly(new Seed.Member("taro@example.com", "manager"),
                new Seed.Member("hanako@example.com", "responder"), new Seed.Member("jiro@example.com", "responder"));
    }

    @Test
    void theExampleRepositorysSeedLoads() throws Exception {
        Path example = Path.of("example-repo/sandbox-seed.yaml");
        assumeTrue(Files.isRegularFile(example), "example-repo/sandbox-seed.yaml is not in this tree: nothing to check");
        Sandbox sandbox = new Sandbox(SandboxConfig.permissiveDefaults(), SeedLoader.load(example));
        String users = sandbox.handle(new SandboxRequest("GET", "/users", Map.of("total", List.of("true")),
                Map.of("Authorization", List.of("Token token=any")), null)).bodyText();
        assertThat(Json.parse(users.getBytes(StandardCharsets.UTF_8)).path("total").asInt())
                .isEqualTo(SeedLoader.load(example).users().size());
    }

    @Test
    void missingFieldNamesFileAndPosition() {
        assertThatThrownBy(() -> SeedLoader.parse("users:\n  - {name: A}\n", "seed.yaml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("seed.yaml: users[0].email is missing");
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertThatThrownBy(() -> SeedLoader.parse("users:\n  - {name: A\n", "seed.yaml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seed.yaml").hasMessageContaining("line 3");
    }

    @Test
    void memberWhoIsNotASeedUserIsAnError() {
        Seed seed = SeedLoader.parse("teams:\n  - {name: T, members: [{email: ghost@example.com}]}\n", "seed.yaml");
        assertThatThrownBy(() -> new Sandbox(SandboxConfig.withToken("t"), seed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ghost@example.com");
    }

    @Test
    void invalidSeedUserIsAnError() {
        Seed seed = SeedLoader.parse("users:\n  - {name: A, email: a@example.com, role: emperor}\n", "seed.yaml");
        assertThatThrownBy(() -> new Sandbox(SandboxConfig.withToken("t"), seed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("The seed is invalid: Role must be one of");
    }
}
