package io.pdgitops.load;

import io.pdgitops.validate.ViolationCode;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;

/** Thrown while parsing when input breaks a {@link LoadLimits} bound; turned into a violation by the reader. */
final class LimitExceededException extends RuntimeException {

    private final ViolationCode code;
    private final transient Optional<Mark> mark;

    LimitExceededException(ViolationCode code, String message, Optional<Mark> mark) {
        super(message, null, false, false);
        this.code = code;
        this.mark = mark;
    }

    ViolationCode code() {
        return code;
    }

    Optional<Mark> mark() {
        return mark;
    }
}
