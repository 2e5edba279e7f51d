package io.pdgitops.diff;

import io.pdgitops.model.RotationChanges;
import java.util.Optional;

/**
 * How the plan treats one layer whose users change while it runs.
 *
 * @param path the layer's field path, like {@code layers[0]}
 * @param layerName the layer's name, if it has one
 * @param mode what was used: {@link RotationChanges#KEEP_POSITION} only when the position could be kept
 * @param detail for people: who stays on call and until when, or why the change takes effect at once
 */
public record RotationDecision(String path, Optional<String> layerName, RotationChanges mode, String detail) {

    /** One line for plans: {@code layers[0] "Day": keep_position: ...}. */
    public String describe() {
        return path + layerName.map(name -> " " + Values.quote(name)).orElse("") + ": " + mode.yamlName() + ": " + detail;
    }
}
