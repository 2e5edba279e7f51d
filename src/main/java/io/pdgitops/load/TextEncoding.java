package io.pdgitops.load;

import java.util.Optional;

/**
 * Recognises the text encodings editors save instead of UTF-8, so a file saved as UTF-16 is named as such rather than
 * called binary for its NUL bytes. A byte-order mark names the encoding; without one, UTF-16 shows as every other byte
 * of ASCII text being zero.
 */
final class TextEncoding {

    /** Enough bytes to tell UTF-16 text from binary data with NULs here and there. */
    private static final int SAMPLE = 64;

    private TextEncoding() {
    }

    /** The name of the encoding when {@code bytes} are text in one other than UTF-8, otherwise empty. */
    static Optional<String> otherThanUtf8(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of("UTF-32 (big-endian)");
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of("UTF-32 (little-endian)");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || zeroesAt(bytes, 0)) {
            return Optional.of("UTF-16 (big-endian)");
        }
        if (startsWith(bytes, 0xFF, 0xFE) || zeroesAt(bytes, 1)) {
            return Optional.of("UTF-16 (little-endian)");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the sample's bytes at {@code parity} are all zero and the others all not: ASCII as UTF-16. */
    private static boolean zeroesAt(byte[] bytes, int parity) {
        int length = Math.min(bytes.length, SAMPLE) & ~1;
        if (length < 4) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            boolean zero = bytes[i] == 0;
            if (zero != (i % 2 == parity)) {
                return false;
            }
        }
        return true;
    }
}
