package io.pdgitops.load;

import io.pdgitops.validate.ViolationCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Wraps SnakeYAML's parser to stop at the nesting and alias limits while events stream by, before
 * the recursive composer can overflow the stack or build an expanded alias tree. It also notes merge
 * keys ({@code <<}), which the composer would otherwise expand silently.
 */
final class GuardedParser implements Parser {

    private final Parser delegate;
    private final LoadLimits limits;
    private int depth;
    private int aliases;
    private int document = -1;
    private final Map<Integer, List<Mark>> mergeKeys = new HashMap<>();
    private final Map<Integer, List<Optional<Mark>>> aliasUses = new HashMap<>();

    GuardedParser(Parser delegate, LoadLimits limits) {
        this.delegate = delegate;
        this.limits = limits;
    }

    /** Positions of merge keys in the document with this 0-based index. */
    List<Mark> mergeKeysIn(int documentIndex) {
        return mergeKeys.getOrDefault(documentIndex, List.of());
    }

    /**
     * Positions of the aliases ({@code *name}) in the document with this index, in text order: the
     * composed tree shares the anchored node, so only the events know where each alias was written.
     */
    List<Optional<Mark>> aliasUsesIn(int documentIndex) {
        return aliasUses.getOrDefault(documentIndex, List.of());
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
            case DocumentStart -> document++;
            case Scalar -> {
                ScalarEvent scalar = (ScalarEvent) event;
                if (scalar.isPlain() && scalar.getValue().equals("<<")) {
                    scalar.getStartMark().ifPresent(mark ->
                            mergeKeys.computeIfAbsent(document, index -> new ArrayList<>()).add(mark));
                }
            }
            case Alias -> {
                if (++aliases > limits.maxAliases()) {
                    throw new LimitExceededException(ViolationCode.TOO_MANY_ALIASES,
                            "more than " + limits.maxAliases() + " aliases in one file", event.getStartMark());
                }
                aliasUses.computeIfAbsent(document, index -> new ArrayList<>()).add(event.getStartMark());
            }
            default -> {
                // other events do not affect the limits
            }
        }
        return event;
    }
}
