package io.pdgitops.sandbox.quarkus;

import io.pdgitops.sandbox.Seed;
import java.util.Optional;

/**
 * Where the served sandbox takes its users and teams from when no {@code pd-gitops.sandbox.seed-file} is set, e.g.
 * the {@code sandbox-seed.yaml} of the configuration repository the service tracks.
 */
public interface SandboxSeedSource {

    Optional<Seed> seed();
}
