package io.pdgitops.review.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdgitops.review.CheckComment;
import io.pdgitops.review.CheckStatus;
import io.pdgitops.review.FileLinks;
import io.pdgitops.review.ReviewException;
import io.pdgitops.review.ReviewHttp;
import io.pdgitops.review.Reviewer;
import io.pdgitops.review.StatusState;
import io.pdgitops.webhook.ReviewedRepository;
import java.util.Map;
import java.util.Optional;

/** GitLab's (gitlab.com or self-hosted) commit statuses and merge-request notes, API v4. */
public final class GitLabReviewer implements Reviewer {

    public static final String DEFAULT_API_URL = "https://gitlab.com/api/v4";

    private final ReviewHttp http;
    private final String context;

    public GitLabReviewer(ReviewHttp http, String context) {
        this.http = http;
        this.context = context;
    }

    public static Map<String, String> headers(String token) {
        return Map.of("PRIVATE-TOKEN", token);
    }

    @Override
    public void status(ReviewedRepository repository, String commit, CheckStatus status) {
        try {
            http.send("POST", project(repository, "statuses", commit).build(), ReviewHttp.fields(
                    "state", state(status.state()),
                    "name", context,
                    "description", status.description()), true);
        } catch (ReviewException e) {
            // GitLab answers 400 to a status set again to the state it has (a redelivered webhook): already done.
            if (e.status() != 400 || !e.getMessage().contains("Cannot transition status")) {
                throw e;
            }
        }
    }

    @Override
    public void comment(ReviewedRepository repository, long number, String body) {
        String iid = Long.toString(number);
        Optional<JsonNode> ours = http.list(project(repository, "merge_requests", iid, "notes")
                .addQueryParameter("per_page", "100").addQueryParameter("sort", "asc").build()).stream()
                .filter(note -> CheckComment.isOurs(note.path("body").asText(null)))
                .findFirst();
        if (ours.isPresent()) {
            http.send("PUT", project(repository, "merge_requests", iid, "notes", ours.get().path("id").asText())
                    .build(), ReviewHttp.fields("body", body), true);
        } else {
            http.send("POST", project(repository, "merge_requests", iid, "notes").build(), ReviewHttp.fields("body", body),
                    false);
        }
    }

    @Override
    public FileLinks links(ReviewedRepository repository, String commit, String subPath) {
        return FileLinks.gitlab(repository.webUrl(), commit, subPath);
    }

    /** GitLab has no separate error state. */
    private static String state(StatusState state) {
        return switch (state) {
            case PENDING -> "pending";
            case SUCCESS -> "success";
            case FAILURE, ERROR -> "failed";
        };
    }

    private okhttp3.HttpUrl.Builder project(ReviewedRepository repository, String... rest) {
        if (repository.apiName().isBlank()) {
            throw new ReviewException("the merge request names no target project id", 0);
        }
        String[] segments = new String[rest.length + 2];
        segments[0] = "projects";
        segments[1] = repository.apiName();
        System.arraycopy(rest, 0, segments, 2, rest.length);
        return http.url(segments);
    }
}
