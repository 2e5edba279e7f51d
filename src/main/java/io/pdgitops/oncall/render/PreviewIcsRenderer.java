package io.pdgitops.oncall.render;

import io.pdgitops.oncall.SchedulePreview;
import io.pdgitops.schedule.Entry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A preview as an iCalendar file (RFC 5545) with one event per shift, for calendar apps: CRLF line
 * ends, lines folded at 75 octets, times in UTC, and UIDs that stay the same when the same shift is
 * exported again so a re-import updates instead of duplicating.
 */
public final class PreviewIcsRenderer {

    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** @param stamp the DTSTAMP of every event: when the file is made */
    public String render(SchedulePreview preview, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//pd-gitops//on-call preview//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape("On call: " + preview.schedule()));
        for (Entry shift : preview.shifts()) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uid(preview.schedule(), shift));
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(shift.start()));
            line(out, "DTEND:" + UTC.format(shift.end()));
            line(out, "SUMMARY:" + escape("On call: " + shift.user() + " (" + preview.schedule() + ")"));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in text values. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets (RFC 5545 3.1), never splitting a UTF-8 character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
                limit = MAX_OCTETS;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    private static String uid(String schedule, Entry shift) {
        String key = schedule + "\n" + shift.user() + "\n" + shift.start().getEpochSecond() + "\n" + shift.end().getEpochSecond();
        return sha256(key).substring(0, 32) + "@pd-gitops";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
