package io.pdgitops.service.quarkus;

import io.pdgitops.webhook.BodySizeLimit;
import io.pdgitops.webhook.GitProvider;
import io.pdgitops.webhook.TrackedRepository;
import io.pdgitops.webhook.WebhookIntake;
import io.pdgitops.webhook.WebhookSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The webhook intake configured from {@code pd-gitops.webhook.*} and the tracked repository. */
@ApplicationScoped
public class WebhookGate {

    @Inject
    ServiceConfig config;

    @Inject
    TrackedGit git;

    private WebhookIntake intake;

    public synchronized WebhookIntake intake() {
        if (intake == null) {
            ServiceConfig.Webhook webhook = config.webhook();
            Map<GitProvider, WebhookSecret> secrets = new EnumMap<>(GitProvider.class);
            put(secrets, GitProvider.GITHUB, webhook.githubSecret());
            put(secrets, GitProvider.GITLAB, webhook.gitlabSecret());
            put(secrets, GitProvider.GITEA, webhook.giteaSecret());
            List<String> urls = new ArrayList<>();
            urls.add(git.remote().url());
            urls.addAll(webhook.repositoryUrls().orElse(List.of()));
            intake = new WebhookIntake(secrets, new BodySizeLimit(webhook.maxBodyBytes()),
                    new TrackedRepository(urls, git.remote().branch()));
        }
        return intake;
    }

    private static void put(Map<GitProvider, WebhookSecret> secrets, GitProvider provider, Optional<String> secret) {
        secret.filter(s -> !s.isBlank()).ifPresent(s -> secrets.put(provider, WebhookSecret.of(s)));
    }
}
