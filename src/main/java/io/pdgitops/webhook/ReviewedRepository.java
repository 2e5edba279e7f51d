package io.pdgitops.webhook;

/**
 * The repository a pull or merge request targets, as the host's API and web pages name it: where a check reports.
 *
 * @param apiName {@code owner/name} on GitHub and Gitea, the numeric project id on GitLab
 * @param webUrl the repository's page, under which files are linked
 */
public record ReviewedRepository(String apiName, String webUrl) {
}
