package io.pdgitops.imports.nagios;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * Bytes decoded in one named encoding, or the line of the first byte that is not valid in it. Guessing (falling
 * back to Latin-1) would turn a Shift_JIS or UTF-16 file into plausible garbage that is imported without a word.
 */
final class StrictText {

    private StrictText() {
    }

    /** The text, or a problem at the line holding the first invalid byte. */
    static Decoded decode(byte[] bytes, Charset charset, String label) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            return new Decoded(null, new NagiosProblem(new NagiosLocation(label, lineOf(bytes, at)),
                    "not valid " + charset.name() + String.format(Locale.ROOT, " (byte 0x%02X", bytes[at] & 0xff)
                            + " at offset " + at + "); name the file's encoding with --encoding, e.g. --encoding "
                            + suggestion(charset)));
        }
        out.flip();
        String text = out.toString();
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
    }

    /** The result: text, or the problem that stopped it. */
    record Decoded(String text, NagiosProblem problem) {
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String suggestion(Charset charset) {
        return charset.name().equals("UTF-8") ? "Shift_JIS, EUC-JP or ISO-8859-1" : "UTF-8";
    }
}
