package io.pdgitops.webhook;

import static io.pdgitops.webhook.WebhookParserTest.gitea;
import static io.pdgitops.webhook.WebhookParserTest.github;
import static io.pdgitops.webhook.WebhookParserTest.gitlab;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookRouterTest {

    private static final TrackedRepository HELLO_WORLD_MASTER =
            new TrackedRepository(List.of("git@github.com:codertocat/hello-world.git"), "master");

    private static WebhookDecision.Ignore ignored(String reason) {
        return new WebhookDecision.Ignore(reason);
    }

    @Test
    void pushToTheTrackedBranchSyncsThePushedRevision() {
        WebhookDecision decision = WebhookRouter.route(github("push", "push.with-new-branch.payload.json"),
                HELLO_WORLD_MASTER);

        assertThat(decision).isInstanceOf(WebhookDecision.Sync.class);
        WebhookDecision.Sync sync = (WebhookDecision.Sync) decision;
        assertThat(sync.revision()).isEqualTo("6113728f27ae82c7b1a177c8d03f9e96e0adf246");
        assertThat(sync.headCommit()).map(HeadCommit::subject).contains("Initial commit");
        assertThat(sync.deliveryId()).contains("d-1");
    }

    @Test
    void theSameBodyReplayedAgainstAnotherBranchIsIgnored() {
        TrackedRepository main = new TrackedRepository(HELLO_WORLD_MASTER.urls(), "refs/heads/main");

        assertThat(WebhookRouter.route(github("push", "push.with-new-branch.payload.json"), main))
                .isEqualTo(ignored("push to refs/heads/master; only refs/heads/main is tracked"));
    }

    @Test
    void pushToAnotherRepositoryIsIgnored() {
        TrackedRepository other = new TrackedRepository(List.of("https://github.com/acme/pd-config"), "master");

        assertThat(WebhookRouter.route(github("push", "push.with-new-branch.payload.json"), other)).isEqualTo(
                ignored("push to https://github.com/Codertocat/Hello-World.git, which is not the tracked repository"));
    }

    @Test
    void tagPushesNeverSync() {
        assertThat(WebhookRouter.route(github("push", "push.payload.json"), HELLO_WORLD_MASTER))
                .isEqualTo(ignored("tag refs/tags/simple-tag does not sync; only pushes to refs/heads/master do"));
        assertThat(WebhookRouter.route(gitlab("Tag Push Hook", "tag_push.json"),
                new TrackedRepository(List.of("http://example.com/jsmith/example"), "master")))
                .isInstanceOf(WebhookDecision.Ignore.class);
    }

    @Test
    void deletedTrackedBranchIsIgnored() {
        WebhookEvent.Push created = (WebhookEvent.Push) github("push", "push.with-new-branch.payload.json");
        WebhookEvent.Push deleted = new WebhookEvent.Push(created.provider(), created.repository(), created.ref(),
                created.after(), WebhookEvent.ZERO_ID, true, Optional.empty(), created.deliveryId());

        assertThat(WebhookRouter.route(deleted, HELLO_WORLD_MASTER))
                .isEqualTo(ignored("branch refs/heads/master was deleted; the last applied revision stays"));
    }

    @Test
    void pushWithoutACommitIdIsIgnored() {
        WebhookEvent.Push real = (WebhookEvent.Push) github("push", "push.with-new-branch.payload.json");
        WebhookEvent.Push odd = new WebhookEvent.Push(real.provider(), real.repository(), real.ref(), real.before(),
                "HEAD~1", false, Optional.empty(), real.deliveryId());

        assertThat(WebhookRouter.route(odd, HELLO_WORLD_MASTER))
                .isEqualTo(ignored("push to refs/heads/master names no commit id ('HEAD~1')"));
    }

    @Test
    void gitlabAndGiteaPushesSync() {
        TrackedRepository diaspora = new TrackedRepository(List.of("https://deploy:t0k@example.com/Mike/diaspora/"),
                "master");
        TrackedRepository webhooks = new TrackedRepository(List.of("http://localhost:3000/gitea/webhooks"), "develop");

        assertThat(WebhookRouter.route(gitlab("Push Hook", "push.json"), diaspora)).extracting("revision")
                .isEqualTo("da1560886d4f094c3e6c9ef40349f7d38b5d27d7");
        assertThat(WebhookRouter.route(gitea("push", "push.gitea-docs.json"), webhooks)).extracting("revision")
                .isEqualTo("bffeb74224043ba2feb48d137756c8a9331c449a");
    }

    @Test
    void pullRequestsOpenedUpdatedOrReopenedAreChecked() {
        for (String action : new String[] {"opened", "synchronize", "reopened"}) {
            assertThat(WebhookRouter.route(github("pull_request", "pull_request." + action + ".payload.json"),
                    HELLO_WORLD_MASTER)).isEqualTo(new WebhookDecision.CheckChange(GitProvider.GITHUB, 2,
                    "ec26c3e57ca3a959ca5aad62de7213c562f8c821", "refs/pull/2/head", false,
                    new ReviewedRepository("Codertocat/Hello-World", "https://github.com/Codertocat/Hello-World"),
                    Optional.of("d-1")));
        }
    }

    @Test
    void closedPullRequestsAndOtherBaseBranchesNeedNoCheck() {
        assertThat(WebhookRouter.route(github("pull_request", "pull_request.closed.payload.json"), HELLO_WORLD_MASTER))
                .isEqualTo(ignored("pull request action 'closed' needs no check"));
        assertThat(WebhookRouter.route(github("pull_request", "pull_request.opened.payload.json"),
                new TrackedRepository(HELLO_WORLD_MASTER.urls(), "main")))
                .isEqualTo(ignored("pull request 2 targets 'master'; only 'main' is tracked"));
    }

    @Test
    void giteaForkPullRequestIsCheckedAndFlagged() {
        TrackedRepository example = new TrackedRepository(List.of("git@localhost:example/example.git"), "master");

        assertThat(WebhookRouter.route(gitea("pull_request", "pull_request.go-playground.json"), example))
                .isEqualTo(new WebhookDecision.CheckChange(GitProvider.GITEA, 2,
                        "48e773f892a831faa47c0a160d1b7f0cd369ae2a", "refs/pull/2/head", true,
                        new ReviewedRepository("example/example", "http://localhost:3000/example/example"),
                        Optional.of("g-1")));
    }

    @Test
    void gitlabMergeRequestIsCheckedFromItsMergeRequestRef() {
        TrackedRepository project = new TrackedRepository(
                List.of("http://example.com/awesome_space/awesome_project.git"), "master");

        assertThat(WebhookRouter.route(gitlab("Merge Request Hook", "merge_request.json"), project))
                .isEqualTo(new WebhookDecision.CheckChange(GitProvider.GITLAB, 1,
                        "da1560886d4f094c3e6c9ef40349f7d38b5d27d7", "refs/merge-requests/1/head", false,
                        new ReviewedRepository("14", "http://example.com/awesome_space/awesome_project"),
                        Optional.of("k-1")));
    }

    @Test
    void repositoryUrlsCompareLeniently() {
        String canonical = "github.com/acme/pd";
        for (String url : new String[] {"https://github.com/Acme/PD.git", "git@github.com:acme/pd",
                "ssh://git@github.com:22/acme/pd.git", "https://x-access-token:abc@github.com/acme/pd/",
                "git://github.com/acme/pd.git"}) {
            assertThat(RepositoryUrlMatcher.normalise(url)).as(url).isEqualTo(canonical);
        }
        assertThat(RepositoryUrlMatcher.same("https://github.com/acme/pd", "https://github.com/acme/pd-config"))
                .isFalse();
        assertThat(RepositoryUrlMatcher.same("https://github.com/acme/pd", "https://gitlab.com/acme/pd")).isFalse();
    }
}
