package io.pdgitops.webhook;

import static io.pdgitops.webhook.JsonFields.at;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** GitLab's payloads; the event is named by {@code X-Gitlab-Event}, e.g. {@code Push Hook}. */
final class GitLabEvents {

    private static final String[] PROJECT_URLS = {"git_http_url", "git_ssh_url", "web_url"};

    private GitLabEvents() {
    }

    static WebhookEvent parse(String event, JsonNode root, Optional<String> delivery) {
        return switch (event) {
            case "Push Hook", "Tag Push Hook" -> RefPushes.parse(GitProvider.GITLAB, root,
                    JsonFields.urls(at(root, "project"), PROJECT_URLS), delivery);
            case "Merge Request Hook" -> mergeRequest(root, delivery);
            default -> new WebhookEvent.Ignored(GitProvider.GITLAB, "'" + event + "' events are not used", delivery);
        };
    }

    private static WebhookEvent mergeRequest(JsonNode root, Optional<String> delivery) {
        JsonNode attributes = at(root, "object_attributes");
        if (attributes == null) {
            throw new WebhookPayloadException("payload has no 'object_attributes'");
        }
        return new WebhookEvent.MergeRequest(new ChangeRequest(GitProvider.GITLAB,
                JsonFields.text(attributes, "action").orElse(""),
                JsonFields.requiredNumber(attributes, "iid"),
                JsonFields.required(attributes, "target_branch"),
                JsonFields.required(attributes, "source_branch"),
                JsonFields.required(attributes, "last_commit.id"),
                JsonFields.urls(at(attributes, "source"), PROJECT_URLS),
                JsonFields.urls(at(attributes, "target"), PROJECT_URLS),
                !JsonFields.text(attributes, "source_project_id").equals(
                        JsonFields.text(attributes, "target_project_id")),
                new ReviewedRepository(JsonFields.text(attributes, "target_project_id").orElse(""),
                        JsonFields.text(attributes, "target.web_url").orElse(""))),
                delivery);
    }
}
