package io.pdgitops.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookIntakeTest {

    private static final String SECRET = "s3cret-for-hooks";
    private static final TrackedRepository TRACKED =
            new TrackedRepository(List.of("https://github.com/Codertocat/Hello-World"), "master");

    private final WebhookIntake intake = new WebhookIntake(
            Map.of(GitProvider.GITHUB, WebhookSecret.of(SECRET), GitProvider.GITEA, WebhookSecret.of(SECRET)),
            new BodySizeLimit(64 * 1024), TRACKED);

    private static WebhookHeaders githubHeaders(byte[] body, String event) {
        return WebhookHeaders.of(Map.of("X-GitHub-Event", event, "X-GitHub-Delivery", "d-9",
                "X-Hub-Signature-256", "sha256=" + SharedPayloads.hmacHex(SECRET, body)));
    }

    @Test
    void signedPushToTheTrackedBranchIsHandledAsASync() {
        byte[] body = SharedPayloads.bytes("github/push.with-new-branch.payload.json");

        WebhookOutcome outcome = intake.receive(GitProvider.GITHUB, githubHeaders(body, "push"), body);

        assertThat(outcome).isInstanceOf(WebhookOutcome.Handled.class);
        assertThat(((WebhookOutcome.Handled) outcome).decision()).extracting("revision")
                .isEqualTo("6113728f27ae82c7b1a177c8d03f9e96e0adf246");
    }

    @Test
    void refusalsCarryTheRightStatus() {
        byte[] body = SharedPayloads.bytes("github/push.with-new-branch.payload.json");
        byte[] tampered = body.clone();
        tampered[10] ^= 1;
        WebhookHeaders giteaHeaders = WebhookHeaders.of(Map.of("X-Gitea-Event", "push", "X-GitHub-Event", "push",
                "X-Gitea-Signature", SharedPayloads.hmacHex(SECRET, body)));

        assertThat(intake.receive(GitProvider.GITHUB, githubHeaders(body, "push"), tampered))
                .extracting("httpStatus").isEqualTo(401);
        assertThat(intake.receive(GitProvider.GITLAB, githubHeaders(body, "push"), body))
                .isEqualTo(new WebhookOutcome.Refused(404, "gitlab webhooks are not configured: no secret is set for them"));
        assertThat(intake.receive(GitProvider.GITHUB, giteaHeaders, body)).isEqualTo(new WebhookOutcome.Refused(400,
                "the delivery comes from gitea but was sent to the github endpoint"));
        assertThat(intake.receive(GitProvider.GITHUB, WebhookHeaders.of(Map.of()), body))
                .isEqualTo(new WebhookOutcome.Refused(400, "no X-GitHub-Event header"));
        assertThat(intake.receive(GitProvider.GITHUB, githubHeaders(new byte[70_000], "push"), new byte[70_000]))
                .isEqualTo(new WebhookOutcome.Refused(413, "body of 70000 bytes is over the limit of 65536 bytes"));
    }

    @Test
    void formEncodedDeliveryIsVerifiedOverTheFormBytesAndParsedFromItsPayloadField() {
        byte[] json = SharedPayloads.bytes("github/push.with-new-branch.payload.json");
        byte[] form = SharedPayloads.formEncoded(json);
        WebhookHeaders headers = WebhookHeaders.of(Map.of("X-GitHub-Event", "push",
                "Content-Type", "application/x-www-form-urlencoded",
                "X-Hub-Signature-256", "sha256=" + SharedPayloads.hmacHex(SECRET, form)));

        WebhookOutcome outcome = intake.receive(GitProvider.GITHUB, headers, form);

        assertThat(outcome).isInstanceOf(WebhookOutcome.Handled.class);
        assertThat(((WebhookOutcome.Handled) outcome).decision()).extracting("revision")
                .isEqualTo("6113728f27ae82c7b1a177c8d03f9e96e0adf246");
    }

    @Test
    void signedButUnreadableBodyIsABadRequest() {
        byte[] body = "{not json".getBytes(StandardCharsets.UTF_8);

        WebhookOutcome outcome = intake.receive(GitProvider.GITHUB, githubHeaders(body, "push"), body);

        assertThat(outcome).extracting("httpStatus").isEqualTo(400);
        assertThat(((WebhookOutcome.Refused) outcome).reason()).startsWith("body is not valid JSON at line 1");
    }
}
