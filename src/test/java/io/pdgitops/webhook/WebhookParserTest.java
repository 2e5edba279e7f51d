package io.pdgitops.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookParserTest {

    private static final RepositoryUrls HELLO_WORLD = RepositoryUrls.of(
            "https://github.com/Codertocat/Hello-World.git", "git@github.com:Codertocat/Hello-World.git",
            "https://github.com/Codertocat/Hello-World", "git://github.com/Codertocat/Hello-World.git");
    private static final ReviewedRepository HELLO_WORLD_TARGET = new ReviewedRepository("Codertocat/Hello-World",
            "https://github.com/Codertocat/Hello-World");
    private static final String PR_HEAD = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";

    static WebhookEvent github(String event, String file) {
        return WebhookParser.parse(GitProvider.GITHUB,
                WebhookHeaders.of(Map.of("X-GitHub-Event", event, "X-GitHub-Delivery", "d-1")),
                SharedPayloads.bytes("github/" + file));
    }

    static WebhookEvent gitlab(String event, String file) {
        return WebhookParser.parse(GitProvider.GITLAB,
                WebhookHeaders.of(Map.of("X-Gitlab-Event", event, "Idempotency-Key", "k-1")),
                SharedPayloads.bytes("gitlab/" + file));
    }

    static WebhookEvent gitea(String event, String file) {
        return WebhookParser.parse(GitProvider.GITEA,
                WebhookHeaders.of(Map.of("X-Gitea-Event", event, "X-GitHub-Event", event, "X-Gitea-Delivery", "g-1")),
                SharedPayloads.bytes("gitea/" + file));
    }

    @Test
    void githubBranchCreation() {
        assertThat(github("push", "push.with-new-branch.payload.json")).isEqualTo(new WebhookEvent.Push(
                GitProvider.GITHUB, HELLO_WORLD, "refs/heads/master", WebhookEvent.ZERO_ID,
                "6113728f27ae82c7b1a177c8d03f9e96e0adf246", false,
                Optional.of(new HeadCommit("6113728f27ae82c7b1a177c8d03f9e96e0adf246", "Codertocat",
                        "21031067+Codertocat@users.noreply.github.com", "Initial commit")),
                Optional.of("d-1")));
    }

    @Test
    void githubPushWithoutCommitterUsernameStillParses() {
        WebhookEvent.Push push = (WebhookEvent.Push) github("push", "push.with-no-username-committer.payload.json");

        assertThat(push.after()).isEqualTo("6113728f27ae82c7b1a177c8d03f9e96e0adf246");
        assertThat(push.headCommit()).map(HeadCommit::authorName).contains("Codertocat");
    }

    @Test
    void githubTagDeletionIsATagPush() {
        assertThat(github("push", "push.payload.json")).isEqualTo(new WebhookEvent.TagPush(GitProvider.GITHUB,
                HELLO_WORLD, "refs/tags/simple-tag", WebhookEvent.ZERO_ID, true, Optional.of("d-1")));
    }

    @Test
    void githubPullRequestsOfEachAction() {
        for (String action : new String[] {"opened", "synchronize", "reopened", "closed"}) {
            assertThat(github("pull_request", "pull_request." + action + ".payload.json")).isEqualTo(
                    new WebhookEvent.PullRequest(new ChangeRequest(GitProvider.GITHUB, action, 2, "master", "changes",
                            PR_HEAD, HELLO_WORLD, HELLO_WORLD, false, HELLO_WORLD_TARGET), Optional.of("d-1")));
        }
    }

    @Test
    void githubOtherEventsAreIgnoredWithTheirName() {
        assertThat(WebhookParser.parse(GitProvider.GITHUB, WebhookHeaders.of(Map.of("X-GitHub-Event", "issues")),
                "{}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new WebhookEvent.Ignored(GitProvider.GITHUB, "'issues' events are not used",
                        Optional.empty()));
        assertThat(WebhookParser.parse(GitProvider.GITHUB, WebhookHeaders.of(Map.of("X-GitHub-Event", "ping")),
                "{\"zen\":\"Keep it logically awesome.\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new WebhookEvent.Ping(GitProvider.GITHUB, Optional.empty()));
    }

    @Test
    void githubFormEncodedBodyIsReadFromThePayloadField() {
        byte[] json = SharedPayloads.bytes("github/push.with-new-branch.payload.json");
        byte[] form = SharedPayloads.formEncoded(json);
        WebhookHeaders headers = WebhookHeaders.of(Map.of("X-GitHub-Event", "push", "X-GitHub-Delivery", "d-1",
                "Content-Type", "application/x-www-form-urlencoded"));

        assertThat(WebhookParser.parse(GitProvider.GITHUB, headers, form))
                .isEqualTo(github("push", "push.with-new-branch.payload.json"));
        assertThatThrownBy(() -> WebhookParser.parse(GitProvider.GITHUB, headers,
                "other=1".getBytes(StandardCharsets.US_ASCII)))
                .hasMessage("form-encoded body has no 'payload' field");
    }

    @Test
    void gitlabPushFindsTheHeadCommitInTheList() {
        assertThat(gitlab("Push Hook", "push.json")).isEqualTo(new WebhookEvent.Push(GitProvider.GITLAB,
                RepositoryUrls.of("http://example.com/mike/diaspora.git", "git@example.com:mike/diaspora.git",
                        "http://example.com/mike/diaspora"),
                "refs/heads/master", "95790bf891e76fee5e1747ab589903a6a1f80f22",
                "da1560886d4f094c3e6c9ef40349f7d38b5d27d7", false,
                Optional.of(new HeadCommit("da1560886d4f094c3e6c9ef40349f7d38b5d27d7", "GitLab dev user",
                        "gitlabdev@dv6700.(none)", "fixed readme")),
                Optional.of("k-1")));
    }

    @Test
    void gitlabTagPush() {
        WebhookEvent.TagPush tag = (WebhookEvent.TagPush) gitlab("Tag Push Hook", "tag_push.json");

        assertThat(tag.ref()).isEqualTo("refs/tags/v1.0.0");
        assertThat(tag.after()).isEqualTo("82b3d5ae55f7080f1e6022629cdb57bfae7cccc7");
        assertThat(tag.deleted()).isFalse();
        assertThat(tag.repository().urls()).contains("http://example.com/jsmith/example.git");
    }

    @Test
    void gitlabMergeRequest() {
        RepositoryUrls project = RepositoryUrls.of("http://example.com/awesome_space/awesome_project.git",
                "git@example.com:awesome_space/awesome_project.git",
                "http://example.com/awesome_space/awesome_project");

        assertThat(gitlab("Merge Request Hook", "merge_request.json")).isEqualTo(new WebhookEvent.MergeRequest(
                new ChangeRequest(GitProvider.GITLAB, "open", 1, "master", "ms-viewport",
                        "da1560886d4f094c3e6c9ef40349f7d38b5d27d7", project, project, false,
                        new ReviewedRepository("14", "http://example.com/awesome_space/awesome_project")),
                Optional.of("k-1")));
    }

    @Test
    void giteaDocsPushListsCommitsWithoutHeadCommit() {
        assertThat(gitea("push", "push.gitea-docs.json")).isEqualTo(new WebhookEvent.Push(GitProvider.GITEA,
                RepositoryUrls.of("http://localhost:3000/gitea/webhooks.git",
                        "ssh://gitea@localhost:2222/gitea/webhooks.git", "http://localhost:3000/gitea/webhooks"),
                "refs/heads/develop", "28e1879d029cb852e4844d9c718537df08844e03",
                "bffeb74224043ba2feb48d137756c8a9331c449a", false,
                Optional.of(new HeadCommit("bffeb74224043ba2feb48d137756c8a9331c449a", "Gitea", "someone@gitea.io",
                        "Webhooks Yay!")),
                Optional.of("g-1")));
    }

    @Test
    void giteaCapturedPush() {
        WebhookEvent.Push push = (WebhookEvent.Push) gitea("push", "push.go-playground.json");

        assertThat(push.ref()).isEqualTo("refs/heads/master");
        assertThat(push.after()).isEqualTo("67b56589a45103f891bdee7c0546e5d40bc02001");
        assertThat(push.headCommit()).map(HeadCommit::subject).contains("example");
        assertThat(push.repository().urls()).containsExactly("http://localhost:3000/example/example.git",
                "git@localhost:example/example.git", "http://localhost:3000/example/example");
    }

    @Test
    void giteaPullRequestFromAFork() {
        assertThat(gitea("pull_request", "pull_request.go-playground.json")).isEqualTo(new WebhookEvent.PullRequest(
                new ChangeRequest(GitProvider.GITEA, "opened", 2, "master", "master",
                        "48e773f892a831faa47c0a160d1b7f0cd369ae2a",
                        RepositoryUrls.of("http://localhost:3000/example2/example.git",
                                "git@localhost:example2/example.git", "http://localhost:3000/example2/example"),
                        RepositoryUrls.of("http://localhost:3000/example/example.git",
                                "git@localhost:example/example.git", "http://localhost:3000/example/example"),
                        true, new ReviewedRepository("example/example", "http://localhost:3000/example/example")),
                Optional.of("g-1")));
    }

    @Test
    void brokenBodiesGiveAClearErrorWithTheLine() {
        WebhookHeaders headers = WebhookHeaders.of(Map.of("X-GitHub-Event", "push"));

        assertThatThrownBy(() -> WebhookParser.parse(GitProvider.GITHUB, headers,
                "{\n  \"ref\": \"refs/heads/main\",\n  oops\n}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WebhookPayloadException.class)
                .hasMessageStartingWith("body is not valid JSON at line 3, column ");
        assertThatThrownBy(() -> WebhookParser.parse(GitProvider.GITHUB, headers, "[1]".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("body is not a JSON object");
        assertThatThrownBy(() -> WebhookParser.parse(GitProvider.GITHUB, headers, "{}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("payload has no 'ref'");
        assertThatThrownBy(() -> WebhookParser.parse(GitProvider.GITLAB, headers, "{}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("X-Gitlab-Event header is missing");
    }
}
