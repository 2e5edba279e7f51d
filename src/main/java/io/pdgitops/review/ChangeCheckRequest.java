package io.pdgitops.review;

import io.pdgitops.check.CheckResult;
import java.util.concurrent.CompletableFuture;

/** Runs a check of {@code commit} after fetching {@code ref}, wherever checks run safely (the sync worker). */
@FunctionalInterface
public interface ChangeCheckRequest {

    CompletableFuture<CheckResult> check(String ref, String commit);
}
