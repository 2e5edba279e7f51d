package io.pdgitops.roster;

import io.pdgitops.validate.ViolationCode;

/**
 * Why a roster does not compile.
 *
 * @param fieldPath the roster field the problem is about ({@link io.pdgitops.model.FieldPath} form)
 */
public record RosterProblem(ViolationCode code, String fieldPath, String message) {
}
