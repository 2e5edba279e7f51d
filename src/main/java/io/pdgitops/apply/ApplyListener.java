package io.pdgitops.apply;

/**
 * Told about every step as soon as it has finished: in plan order with one worker, in order of finishing with
 * several. Always called from the thread that runs the apply, never from two threads at once.
 */
@FunctionalInterface
public interface ApplyListener {

    ApplyListener NONE = outcome -> {
    };

    void stepFinished(StepOutcome outcome);
}
