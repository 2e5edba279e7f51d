package io.pdgitops.webhook;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 over raw body bytes, and the constant-time comparison every provider's check relies on. */
final class HmacSha256 {

    private static final int DIGEST_HEX_LENGTH = 64;

    private HmacSha256() {
    }

    static byte[] of(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    static String hex(byte[] key, byte[] message) {
        return HexFormat.of().formatHex(of(key, message));
    }

    /** Parses 64 hex digits (either case), or nothing when the text is of another form. */
    static Optional<byte[]> parseDigest(String hex) {
        if (hex.length() != DIGEST_HEX_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Signature check whose time does not depend on where the bytes differ. */
    static Verification check(WebhookSecret secret, byte[] body, String header, String hexDigest) {
        Optional<byte[]> given = parseDigest(hexDigest);
        if (given.isEmpty()) {
            return new Verification.Rejected(Verification.Reason.MALFORMED_SIGNATURE,
                    header + " does not hold 64 hex digits");
        }
        if (!MessageDigest.isEqual(of(secret.bytes(), body), given.get())) {
            return new Verification.Rejected(Verification.Reason.WRONG_SIGNATURE,
                    header + " does not match the body: the secret differs or the body was changed");
        }
        return Verification.ACCEPTED;
    }
}
