package io.pdgitops.state;

import io.pdgitops.validate.Problem;
import java.time.Instant;
import java.util.List;

/**
 * One entry of sync history.
 *
 * @param id assigned by the store, increasing across restarts and history trimming; 0 before it is recorded
 * @param author author of the revision's commit, if known
 * @param message first line of the revision's commit message, if known
 */
public record SyncRecord(long id, Instant startedAt, Instant finishedAt, SyncTrigger trigger, String revision,
        String author, String message, SyncOutcome outcome, List<StepResult> steps, List<Problem> errors) {

    public SyncRecord {
        steps = steps == null ? List.of() : List.copyOf(steps);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    SyncRecord withId(long newId) {
        return new SyncRecord(newId, startedAt, finishedAt, trigger, revision, author, message, outcome, steps, errors);
    }
}
