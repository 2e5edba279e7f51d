package io.pdgitops.service.quarkus;

import io.pdgitops.sandbox.Seed;
import io.pdgitops.sandbox.SeedLoader;
import io.pdgitops.sandbox.quarkus.SandboxSeedSource;
import io.pdgitops.source.TreeSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Seeds the served sandbox from {@code sandbox-seed.yaml} in the tracked folder at the branch head, so that the
 * users and teams the configuration refers to exist before the first sync.
 */
@ApplicationScoped
public class RepositorySandboxSeed implements SandboxSeedSource {

    static final String SEED_FILE = "sandbox-seed.yaml";
    private static final Logger LOG = Logger.getLogger(RepositorySandboxSeed.class);

    @Inject
    TrackedGit git;

    @Override
    public Optional<Seed> seed() {
        try (TreeSnapshot tree = git.source().materialize(git.fetchHead())) {
            Path file = tree.root().resolve(SEED_FILE);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            LOG.info("Seeding the PagerDuty sandbox from " + SEED_FILE + " at " + tree.commitId());
            return Optional.of(SeedLoader.load(file));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The sandbox starts without users and teams: cannot read " + SEED_FILE + " of "
                    + git.remote().displayUrl() + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
