package io.pdgitops.service.quarkus;

import io.pdgitops.model.DisplayText;
import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * The one place where every log line is made safe: a message (parameters included) holding a line break, an
 * escape sequence or a bidi override from a file name, a YAML value or a PagerDuty answer is logged with those
 * characters escaped, so it stays one line and cannot forge another or repaint a terminal. Registered for
 * {@code serve} in application.properties ({@code quarkus.log.console.filter}); the CLI puts it on its handlers
 * with {@link #installOnRootHandlers()}. An exception's message is escaped too, in a stand-in that prints like it
 * ({@link EscapedThrowable}).
 */
@LoggingFilter(name = LogLineEscaping.NAME)
public final class LogLineEscaping implements Filter {

    public static final String NAME = "display-text";

    /** Only its message formatting is used: the plain JUL way of filling in {@code {0}} parameters. */
    private static final Formatter PLAIN = new Formatter() {
        @Override
        public String format(LogRecord record) {
            return formatMessage(record);
        }
    };

    @Override
    public boolean isLoggable(LogRecord record) {
        record.setThrown(EscapedThrowable.of(record.getThrown()));
        if (record.getMessage() == null) {
            return true;
        }
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : PLAIN.formatMessage(record);
        String escaped = DisplayText.escape(message);
        if (!escaped.equals(message)) {
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(escaped, ExtLogRecord.FormatStyle.NO_FORMAT);
            } else {
                record.setMessage(escaped);
                record.setParameters(null);
            }
        }
        return true;
    }

    /**
     * For runs outside Quarkus (the CLI): every handler of the root logger escapes what it writes. A handler's own
     * filter, if any, still decides after the escaping.
     */
    public static void installOnRootHandlers() {
        LogLineEscaping escaping = new LogLineEscaping();
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            Filter own = handler.getFilter();
            if (own instanceof LogLineEscaping || own instanceof Chained) {
                continue;
            }
            handler.setFilter(own == null ? escaping : new Chained(escaping, own));
        }
    }

    /** Escaping first, then the handler's own filter. */
    private record Chained(Filter first, Filter then) implements Filter {
        @Override
        public boolean isLoggable(LogRecord record) {
            return first.isLoggable(record) && then.isLoggable(record);
        }
    }
}
