package io.pdgitops.diff;

import io.pdgitops.model.RotationChanges;

/**
 * How the plan treats one layer whose users change while it runs.
 *
 * @param path the layer's field path, like {@code layers[0]}
 * @param layer the layer's name in quotes, or {@code Layer n}
 * @param mode what was used: {@link RotationChanges#KEEP_POSITION} only when the position could be kept
 * @param detail for people: who stays on call and until when, or why the change takes effect at once
 */
public record RotationDecision(String path, String layer, RotationChanges mode, String detail) {

    /** One line for plans: {@code layers[0] "Day": keep_position: ...}. */
    public String describe() {
        return path + " " + layer + ": " + mode.yamlName() + ": " + detail;
    }
}
