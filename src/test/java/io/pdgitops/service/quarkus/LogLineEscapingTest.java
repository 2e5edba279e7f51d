package io.pdgitops.service.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** A value holding a forged log line, or an escape sequence, is logged on one line with its controls escaped. */
class LogLineEscapingTest {

    /** A file name as an attacker would commit it: a line break, then a line that looks like the log's own. */
    private static final String FORGED = "ops.yaml\n2026-12-04 10:00:00,000 INFO  [io.pdgitops] sync 7 SUCCEEDED\u001b[2K";

    private static boolean raw(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c));
    }

    @Test
    void aPrintfStyleRecordKeepsItsTextButLosesItsControlCharacters() {
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, "skipped %s: %s", ExtLogRecord.FormatStyle.PRINTF,
                getClass().getName());
        record.setParameters(new Object[] {FORGED, "too large"});

        assertThat(new LogLineEscaping().isLoggable(record)).isTrue();

        String logged = record.getFormattedMessage();
        assertThat(raw(logged)).as(logged).isFalse();
        assertThat(logged).startsWith("skipped ops.yaml\\n2026-12-04").contains("\\u001b[2K").endsWith(": too large");
    }

    @Test
    void aPlainJulRecordWithParametersIsEscapedToo() {
        LogRecord record = new LogRecord(Level.INFO, "read {0}");
        record.setParameters(new Object[] {FORGED});

        new LogLineEscaping().isLoggable(record);

        assertThat(raw(record.getMessage())).isFalse();
        assertThat(record.getMessage()).startsWith("read ops.yaml\\n");
        assertThat(record.getParameters()).isNull();
    }

    @Test
    void anExceptionMessageInTheStackTraceIsEscapedAndTheTraceKeptWhole() {
        IllegalStateException cause = new IllegalStateException("cannot read " + FORGED);
        RuntimeException thrown = new RuntimeException("sync failed", cause);
        thrown.addSuppressed(new IOException("closing " + FORGED));
        LogRecord record = new LogRecord(Level.WARNING, "sync failed");
        record.setThrown(thrown);

        new LogLineEscaping().isLoggable(record);

        java.io.StringWriter trace = new java.io.StringWriter();
        record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
        List<String> lines = trace.toString().lines().toList();
        // A trace indents its frames with tabs; nothing else may be a control character.
        assertThat(lines).allSatisfy(line -> assertThat(raw(line.replace("\t", ""))).as(line).isFalse());
        assertThat(lines.get(0)).isEqualTo("java.lang.RuntimeException: sync failed");
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("Caused by: java.lang.IllegalStateException: cannot read ops.yaml\\n2026-12-04"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Suppressed: java.io.IOException: closing ops.yaml"));
        assertThat(lines).filteredOn(line -> line.trim().startsWith("at ")).hasSizeGreaterThanOrEqualTo(
                thrown.getStackTrace().length);
    }

    @Test
    void anExceptionWithoutControlsIsLoggedAsItself() {
        RuntimeException thrown = new RuntimeException("plain");
        LogRecord record = new LogRecord(Level.WARNING, "x");
        record.setThrown(thrown);

        new LogLineEscaping().isLoggable(record);

        assertThat(record.getThrown()).isSameAs(thrown);
    }

    @Test
    void aMessageWithoutControlsIsLeftAsItWas() {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "sync %d of `%s`", ExtLogRecord.FormatStyle.PRINTF, "x");
        record.setParameters(new Object[] {7, "Ops 東京"});

        new LogLineEscaping().isLoggable(record);

        assertThat(record.getFormatStyle()).isEqualTo(ExtLogRecord.FormatStyle.PRINTF);
        assertThat(record.getFormattedMessage()).isEqualTo("sync 7 of `Ops 東京`");
    }

    @Test
    void theCliPutsItOnTheRootHandlersSoALoggerCallWritesOneLine() {
        List<String> written;
        try (CapturedLog capture = CapturedLog.open()) {
            LogLineEscaping.installOnRootHandlers();
            org.jboss.logging.Logger.getLogger(LogLineEscapingTest.class).infof("loaded %s", FORGED);
            written = capture.lines();
        }

        assertThat(written).singleElement().satisfies(line -> assertThat(raw(line)).as(line).isFalse());
    }

    @Test
    void serveRegistersTheFilterOnItsConsoleLog() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }

        assertThat(properties.getProperty("quarkus.log.console.filter")).isEqualTo(LogLineEscaping.NAME);
    }
}
