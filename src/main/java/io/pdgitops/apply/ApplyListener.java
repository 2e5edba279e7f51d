package io.pdgitops.apply;

/** Told about every step as soon as it has finished, in plan order. */
@FunctionalInterface
public interface ApplyListener {

    ApplyListener NONE = outcome -> {
    };

    void stepFinished(StepOutcome outcome);
}
