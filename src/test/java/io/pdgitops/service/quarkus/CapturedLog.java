package io.pdgitops.service.quarkus;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * The lines logged while it is open, as the root handlers would write them (formatted, filtered by any filter the
 * service puts on the root handlers), with the message of any exception logged along.
 */
final class CapturedLog extends Handler implements AutoCloseable {

    private final List<String> lines = new ArrayList<>();

    private CapturedLog() {
    }

    /** Starts capturing on the root logger; {@link #close} stops. */
    static CapturedLog open() {
        CapturedLog log = new CapturedLog();
        Logger.getLogger("").addHandler(log);
        return log;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (isLoggable(record)) {
            String text = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            lines.add(record.getThrown() == null ? text : text + " " + record.getThrown());
        }
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
