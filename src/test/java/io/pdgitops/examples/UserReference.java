package io.pdgitops.examples;

import io.pdgitops.model.SourceLocation;

/** A user email that the configuration refers to, and where. */
record UserReference(String email, SourceLocation location) {

    @Override
    public String toString() {
        return location + ": " + email;
    }
}
