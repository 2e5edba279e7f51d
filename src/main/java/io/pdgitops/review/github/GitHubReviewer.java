package io.pdgitops.review.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdgitops.review.CheckComment;
import io.pdgitops.review.CheckStatus;
import io.pdgitops.review.FileLinks;
import io.pdgitops.review.ReviewException;
import io.pdgitops.review.ReviewHttp;
import io.pdgitops.review.Reviewer;
import io.pdgitops.webhook.ReviewedRepository;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub's (and GitHub Enterprise's) commit statuses and issue comments. Gitea serves the same calls under
 * {@code /api/v1}, so it is reported to through this class too, with its own file links.
 */
public final class GitHubReviewer implements Reviewer {

    /** Where the repository's pages show a file at a commit. */
    public enum Pages {
        GITHUB, GITEA
    }

    public static final String DEFAULT_API_URL = "https://api.github.com";

    private final ReviewHttp http;
    private final String context;
    private final Pages pages;

    public GitHubReviewer(ReviewHttp http, String context, Pages pages) {
        this.http = http;
        this.context = context;
        this.pages = pages;
    }

    /** Headers that authenticate with {@code token}; {@code token} is accepted by GitHub and Gitea alike. */
    public static Map<String, String> headers(String token) {
        return Map.of("Authorization", "token " + token, "Accept", "application/vnd.github+json",
                "X-GitHub-Api-Version", "2022-11-28");
    }

    @Override
    public void status(ReviewedRepository repository, String commit, CheckStatus status) {
        http.send("POST", repo(repository, "statuses", commit).build(), ReviewHttp.fields(
                "state", status.state().name().toLowerCase(Locale.ROOT),
                "description", status.description(),
                "context", context), true);
    }

    @Override
    public void comment(ReviewedRepository repository, long number, String body) {
        Optional<JsonNode> ours = http.list(repo(repository, "issues", Long.toString(number), "comments")
                .addQueryParameter("per_page", "100").build()).stream()
                .filter(comment -> CheckComment.isOurs(comment.path("body").asText(null)))
                .findFirst();
        if (ours.isPresent()) {
            http.send("PATCH", repo(repository, "issues", "comments", ours.get().path("id").asText()).build(),
                    ReviewHttp.fields("body", body), true);
        } else {
            http.send("POST", repo(repository, "issues", Long.toString(number), "comments").build(),
                    ReviewHttp.fields("body", body), false);
        }
    }

    @Override
    public FileLinks links(ReviewedRepository repository, String commit, String subPath) {
        return pages == Pages.GITEA ? FileLinks.gitea(repository.webUrl(), commit, subPath)
                : FileLinks.github(repository.webUrl(), commit, subPath);
    }

    private okhttp3.HttpUrl.Builder repo(ReviewedRepository repository, String... rest) {
        String[] name = repository.apiName().split("/", -1);
        if (name.length != 2 || name[0].isEmpty() || name[1].isEmpty()) {
            throw new ReviewException("'" + repository.apiName() + "' is not an owner/name repository", 0);
        }
        String[] segments = new String[rest.length + 3];
        segments[0] = "repos";
        segments[1] = name[0];
        segments[2] = name[1];
        System.arraycopy(rest, 0, segments, 3, rest.length);
        return http.url(segments);
    }
}
