package io.pdgitops.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.webhook.Verification.Reason;
import io.pdgitops.webhook.Verification.Rejected;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {

    private static final String SECRET = "correct horse battery staple";

    private static WebhookHeaders headers(String... nameValues) {
        Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.put(nameValues[i], nameValues[i + 1]);
        }
        return WebhookHeaders.of(map);
    }

    private static Verification verify(GitProvider provider, String secret, WebhookHeaders headers, byte[] body) {
        return WebhookVerifier.forProvider(provider, WebhookSecret.of(secret)).verify(headers, body);
    }

    /** Every rejection is checked for the secret; callers add what else must stay hidden. */
    private static void assertRejected(Verification result, Reason reason, String... mustNotContain) {
        assertThat(result).isInstanceOf(Rejected.class);
        Rejected rejected = (Rejected) result;
        assertThat(rejected.reason()).isEqualTo(reason);
        assertThat(rejected.message()).doesNotContain(SECRET);
        for (String hidden : mustNotContain) {
            assertThat(rejected.message()).doesNotContain(hidden);
        }
    }

    @Test
    void githubDocumentedTestVector() {
        byte[] body = "Hello, World!".getBytes(StandardCharsets.UTF_8);
        String expected = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

        assertThat(HmacSha256.hex("It's a Secret to Everybody".getBytes(StandardCharsets.UTF_8), body))
                .isEqualTo(expected);
        assertThat(verify(GitProvider.GITHUB, "It's a Secret to Everybody",
                headers("X-Hub-Signature-256", "sha256=" + expected), body)).isEqualTo(Verification.ACCEPTED);
    }

    @Test
    void githubSignatureOverTheExactFileBytesIsAccepted() {
        byte[] body = SharedPayloads.bytes("github/push.with-new-branch.payload.json");
        String signature = "sha256=" + SharedPayloads.hmacHex(SECRET, body);

        assertThat(verify(GitProvider.GITHUB, SECRET, headers("X-Hub-Signature-256", signature), body))
                .isEqualTo(Verification.ACCEPTED);
        assertThat(verify(GitProvider.GITHUB, SECRET, headers("x-hub-signature-256", signature.toUpperCase()
                .replace("SHA256=", "sha256=")), body)).isEqualTo(Verification.ACCEPTED);
    }

    @Test
    void aOneByteChangeIsRejected() {
        byte[] body = SharedPayloads.bytes("github/pull_request.opened.payload.json");
        String signature = SharedPayloads.hmacHex(SECRET, body);
        byte[] changed = body.clone();
        changed[changed.length / 2] ^= 1;

        Verification result = verify(GitProvider.GITHUB, SECRET, headers("X-Hub-Signature-256", "sha256=" + signature),
                changed);

        assertRejected(result, Reason.WRONG_SIGNATURE, SharedPayloads.hmacHex(SECRET, changed));
    }

    @Test
    void wrongSecretIsRejectedWithoutRevealingEitherSecretOrTheExpectedSignature() {
        byte[] body = SharedPayloads.bytes("github/push.payload.json");
        String signature = SharedPayloads.hmacHex("guessed", body);

        Verification result = verify(GitProvider.GITHUB, SECRET, headers("X-Hub-Signature-256", "sha256=" + signature),
                body);

        assertRejected(result, Reason.WRONG_SIGNATURE, SharedPayloads.hmacHex(SECRET, body));
        assertThat(((Rejected) result).message())
                .isEqualTo("X-Hub-Signature-256 does not match the body: the secret differs or the body was changed");
    }

    @Test
    void missingOrMalformedGithubSignaturesAreRejected() {
        byte[] body = SharedPayloads.bytes("github/push.payload.json");
        String hex = SharedPayloads.hmacHex(SECRET, body);

        assertRejected(verify(GitProvider.GITHUB, SECRET, headers("X-GitHub-Event", "push"), body),
                Reason.MISSING_SIGNATURE);
        assertRejected(verify(GitProvider.GITHUB, SECRET, headers("X-Hub-Signature-256", hex), body),
                Reason.MALFORMED_SIGNATURE);
        assertRejected(verify(GitProvider.GITHUB, SECRET, headers("X-Hub-Signature-256", "sha256=" + hex + "00"),
                body), Reason.MALFORMED_SIGNATURE);
        assertRejected(verify(GitProvider.GITHUB, SECRET, headers("X-Hub-Signature-256", "sha256=" + "zz".repeat(32)),
                body), Reason.MALFORMED_SIGNATURE);
        assertRejected(verify(GitProvider.GITHUB, SECRET, headers("X-Hub-Signature", "sha1=" + hex), body),
                Reason.MISSING_SIGNATURE);
    }

    @Test
    void giteaSignatureIsPlainHex() {
        byte[] body = SharedPayloads.bytes("gitea/push.go-playground.json");
        String hex = SharedPayloads.hmacHex(SECRET, body);

        assertThat(verify(GitProvider.GITEA, SECRET, headers("X-Gitea-Signature", hex), body))
                .isEqualTo(Verification.ACCEPTED);
        assertRejected(verify(GitProvider.GITEA, SECRET, headers("X-Gitea-Signature", "sha256=" + hex), body),
                Reason.MALFORMED_SIGNATURE);
        assertRejected(verify(GitProvider.GITEA, "other secret", headers("X-Gitea-Signature", hex), body),
                Reason.WRONG_SIGNATURE, "other secret", hex);
        assertRejected(verify(GitProvider.GITEA, SECRET, headers("X-Gitea-Signature", ""), body),
                Reason.MISSING_SIGNATURE);
    }

    @Test
    void gitlabTokenMustEqualTheSecret() {
        byte[] body = SharedPayloads.bytes("gitlab/push.json");

        assertThat(verify(GitProvider.GITLAB, SECRET, headers("X-Gitlab-Token", SECRET), body))
                .isEqualTo(Verification.ACCEPTED);
        assertRejected(verify(GitProvider.GITLAB, SECRET, headers("X-Gitlab-Token", SECRET + "x"), body),
                Reason.WRONG_SIGNATURE, SECRET + "x");
        assertRejected(verify(GitProvider.GITLAB, SECRET, headers("X-Gitlab-Event", "Push Hook"), body),
                Reason.MISSING_SIGNATURE);
    }

    @Test
    void giteaIsDetectedBeforeTheGithubHeadersItAlsoSends() {
        WebhookHeaders gitea = headers("X-GitHub-Event", "push", "X-Gitea-Event", "push", "X-Gogs-Event", "push");

        assertThat(ProviderDetector.detect(gitea)).contains(GitProvider.GITEA);
        assertThat(ProviderDetector.detect(headers("X-GitHub-Event", "push"))).contains(GitProvider.GITHUB);
        assertThat(ProviderDetector.detect(headers("X-Gitlab-Event", "Push Hook"))).contains(GitProvider.GITLAB);
        assertThat(ProviderDetector.detect(headers("User-Agent", "curl"))).isEmpty();
    }

    @Test
    void bodiesOverTheLimitAreTooLarge() {
        BodySizeLimit limit = new BodySizeLimit(1024);

        assertThat(limit.check(1024)).isEmpty();
        assertThat(limit.check(1025)).hasValueSatisfying(rejected -> {
            assertThat(rejected.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(rejected.message()).isEqualTo("body of 1025 bytes is over the limit of 1024 bytes");
        });
    }

    @Test
    void secretNeverShowsWhenPrinted() {
        assertThat(WebhookSecret.of(SECRET).toString()).isEqualTo("WebhookSecret[***]");
    }
}
