package io.pdgitops.webhook;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The real Git-host payloads kept beside the project, read byte for byte. */
public final class SharedPayloads {

    public static final Path DIR = Path.of("..", "shared", "webhook-payloads");

    private SharedPayloads() {
    }

    /**
     * Skips the calling test when the payloads are not beside the project. Call it on the test's own thread: an
     * assumption that fails inside an executor reaches JUnit as an error, not as a skip.
     */
    public static void assumePresent() {
        assumeTrue(Files.isDirectory(DIR), "skipped: real webhook payloads not found at " + DIR.toAbsolutePath());
    }

    public static byte[] bytes(String name) {
        assumePresent();
        try {
            return Files.readAllBytes(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body GitHub sends for content type {@code application/x-www-form-urlencoded}. */
    public static byte[] formEncoded(byte[] json) {
        return ("payload=" + URLEncoder.encode(new String(json, StandardCharsets.UTF_8),
                StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
    }

    /** Computed here with the JDK alone, so the verifier is checked against an independent signature. */
    public static String hmacHex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
