package io.pdgitops.load;

import io.pdgitops.validate.ViolationCode;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Wraps SnakeYAML's parser to stop at the nesting and alias limits while events stream by, before
 * the recursive composer can overflow the stack or build an expanded alias tree.
 */
final class GuardedParser implements Parser {

    private final Parser delegate;
    private final LoadLimits limits;
    private int depth;
    private int aliases;

    GuardedParser(Parser delegate, LoadLimits limits) {
        this.delegate = delegate;
        this.limits = limits;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return delegate.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return delegate.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return delegate.hasNext();
    }

    @Override
    public Event next() {
        Event event = delegate.next();
        switch (event.getEventId()) {
            case MappingStart, SequenceStart -> {
                if (++depth > limits.maxDepth()) {
                    throw new LimitExceededException(ViolationCode.NESTING_TOO_DEEP,
                            "mappings and lists are nested more than " + limits.maxDepth() + " levels deep",
                            event.getStartMark());
                }
            }
            case MappingEnd, SequenceEnd -> depth--;
            case Alias -> {
                if (++aliases > limits.maxAliases()) {
                    throw new LimitExceededException(ViolationCode.TOO_MANY_ALIASES,
                            "more than " + limits.maxAliases() + " aliases in one file", event.getStartMark());
                }
            }
            default -> {
                // other events do not affect the limits
            }
        }
        return event;
    }
}
