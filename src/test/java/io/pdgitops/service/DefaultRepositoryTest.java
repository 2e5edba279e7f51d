package io.pdgitops.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultRepositoryTest {

    @TempDir
    Path temp;

    @Test
    void findsTheCheckoutAboveTheWorkingDirectory() throws IOException {
        Path checkout = Files.createDirectories(temp.resolve("pd gitops"));
        Files.createDirectories(checkout.resolve(".git"));
        Path nested = Files.createDirectories(checkout.resolve("example-repo/services"));

        assertThat(DefaultRepository.around(nested)).contains(checkout.toUri().toString().replaceAll("/$", ""))
                .hasValueSatisfying(url -> assertThat(url).startsWith("file:///").endsWith("/pd%20gitops"));
    }

    @Test
    void aWorktreeWhoseGitIsAFileCounts() throws IOException {
        Path worktree = Files.createDirectories(temp.resolve("wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/wt\n");

        assertThat(DefaultRepository.around(worktree)).contains(worktree.toUri().toString().replaceAll("/$", ""));
    }

    @Test
    void outsideAnyRepositoryThereIsNoDefault() {
        assertThat(DefaultRepository.around(temp)).isEmpty();
    }
}
