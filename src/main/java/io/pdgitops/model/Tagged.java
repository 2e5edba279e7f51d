package io.pdgitops.model;

import java.util.List;
import java.util.Optional;

/** A declared object that can carry PagerDuty tags. */
public interface Tagged {

    /** Tag labels; empty when the YAML leaves {@code tags:} out, so PagerDuty's tags stay as they are. */
    Optional<List<String>> tags();
}
