package io.pdgitops.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckStatusTest {

    @Test
    void descriptionsAreCutToGitHubsLimit() {
        CheckStatus status = new CheckStatus(StatusState.ERROR, "x".repeat(200));

        assertThat(status.description()).hasSize(CheckStatus.MAX_DESCRIPTION).endsWith("x...");
    }

    @Test
    void gitlabLinksAndARootFolder() {
        FileLinks links = FileLinks.gitlab("https://gitlab.example.com/ops/pd", "abc", ".");

        assertThat(links.to("teams.yaml", 3)).contains("https://gitlab.example.com/ops/pd/-/blob/abc/teams.yaml#L3");
        assertThat(links.to("teams.yaml", 0)).contains("https://gitlab.example.com/ops/pd/-/blob/abc/teams.yaml");
        assertThat(links.to("(pagerduty)", 0)).isEmpty();
        assertThat(FileLinks.github("", "abc", "pd").to("teams.yaml", 1)).isEmpty();
    }

    @Test
    void theCommentIsRecognisedByItsMarkerOnly() {
        assertThat(CheckComment.isOurs(CheckComment.body("### pd-gitops: ok"))).isTrue();
        assertThat(CheckComment.isOurs("\r\n" + CheckComment.MARKER + "\r\nedited by hand")).isTrue();
        assertThat(CheckComment.isOurs("### pd-gitops: ok")).isFalse();
        assertThat(CheckComment.isOurs(null)).isFalse();
    }
}
