package io.pdgitops.load;

import io.pdgitops.model.SourceLocation;
import io.pdgitops.validate.Violation;
import io.pdgitops.validate.ViolationCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file as strict UTF-8 text, refusing oversized, binary and mis-encoded files. */
public final class SourceText {

    /** Either the text or the reason it could not be had. */
    public record Result(String text, Violation violation) {
        public boolean ok() {
            return violation == null;
        }
    }

    private SourceText() {
    }

    /**
     * @param file the file on disk
     * @param displayName its path relative to the repository root, for locations
     */
    public static Result read(Path file, String displayName, LoadLimits limits) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return failure(ViolationCode.FILE_TOO_LARGE, SourceLocation.startOf(displayName),
                        "file is " + size + " bytes; the limit is " + limits.maxFileBytes() + " bytes");
            }
            return decode(Files.readAllBytes(file), displayName);
        } catch (IOException e) {
            return failure(ViolationCode.UNREADABLE_FILE, SourceLocation.startOf(displayName),
                    "cannot read file: " + e.getClass().getSimpleName());
        }
    }

    static Result decode(byte[] bytes, String displayName) {
        var encoding = TextEncoding.otherThanUtf8(bytes);
        if (encoding.isPresent()) {
            return failure(ViolationCode.UNSUPPORTED_ENCODING, SourceLocation.startOf(displayName),
                    "file is " + encoding.get() + " text; save it as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return failure(ViolationCode.BINARY_FILE, positionOf(bytes, i, displayName),
                        "file contains a NUL byte; it looks binary, not YAML text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return failure(ViolationCode.INVALID_UTF8, positionOf(bytes, in.position(), displayName),
                    "file is not valid UTF-8 (byte 0x" + String.format("%02x", bytes[in.position()] & 0xff)
                            + " at offset " + in.position() + ")");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return new Result(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
    }

    /** Line and column (in bytes) of a byte offset, good enough to find a bad byte in an editor. */
    private static SourceLocation positionOf(byte[] bytes, int offset, String displayName) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(displayName, line, offset - lineStart + 1);
    }

    private static Result failure(ViolationCode code, SourceLocation location, String message) {
        return new Result(null, Violation.error(code, location, message));
    }
}
