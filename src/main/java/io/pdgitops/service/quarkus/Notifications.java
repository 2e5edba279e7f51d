package io.pdgitops.service.quarkus;

import io.pdgitops.check.DriftSnapshot;
import io.pdgitops.http.retry.Backoff;
import io.pdgitops.http.retry.Outcome;
import io.pdgitops.http.retry.RetryPolicy;
import io.pdgitops.http.retry.Sleeper;
import io.pdgitops.notify.Delivery;
import io.pdgitops.notify.HttpTransport;
import io.pdgitops.notify.NotificationDispatcher;
import io.pdgitops.notify.PagerDutyEventsReceiver;
import io.pdgitops.notify.Receiver;
import io.pdgitops.notify.SignedWebhookReceiver;
import io.pdgitops.notify.SlackReceiver;
import io.pdgitops.notify.StateChanges;
import io.pdgitops.notify.TeamsReceiver;
import io.pdgitops.notify.Transport;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxRequest;
import io.pdgitops.sandbox.SandboxResponse;
import io.pdgitops.sandbox.quarkus.SandboxRoute;
import io.pdgitops.state.SyncRecord;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import org.jboss.logging.Logger;

/**
 * The receivers of {@code pd-gitops.notify.*}, told of each sync and drift check the service makes. Only the
 * replica that syncs calls it, so a change of state is told once however many replicas run.
 */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class);

    /** Events for the sandbox this service writes to go to it in-process, as its PagerDuty calls do. */
    static final URI IN_PROCESS_SANDBOX = URI.create("http://sandbox.invalid/v2/enqueue");

    /** The longest pause between two tries, whether grown by backoff or asked for by a receiver. */
    private static final Duration MAX_PAUSE = Duration.ofMinutes(5);

    @Inject
    ServiceConfig config;

    @Inject
    TrackedGit git;

    @Inject
    SandboxRoute sandboxRoute;

    private NotificationDispatcher dispatcher;
    private StateChanges changes;

    @PostConstruct
    void start() {
        ServiceConfig.Notify notify = config.notifications();
        List<Receiver> receivers = new ArrayList<>();
        notify.slackUrl().filter(u -> !u.isBlank()).ifPresent(u -> receivers.add(new SlackReceiver(url("slack-url", u))));
        notify.teamsUrl().filter(u -> !u.isBlank()).ifPresent(u -> receivers.add(new TeamsReceiver(url("teams-url", u))));
        notify.webhook().url().filter(u -> !u.isBlank()).ifPresent(u -> receivers.add(
                new SignedWebhookReceiver(url("webhook.url", u), notify.webhook().secret().orElse(null))));
        notify.pagerduty().routingKey().filter(k -> !k.isBlank()).ifPresent(key -> receivers.add(
                new PagerDutyEventsReceiver(notify.pagerduty().eventsUrl().filter(u -> !u.isBlank())
                        .map(u -> url("pagerduty.events-url", u)).orElse(defaultEventsUrl()), key)));
        Duration firstDelay = CheckInterval.parse(notify.firstRetryDelay());
        RetryPolicy policy = new RetryPolicy(Math.max(0, notify.attempts() - 1),
                new Backoff(firstDelay.isZero() ? Duration.ofSeconds(1) : firstDelay, MAX_PAUSE, new SecureRandom()),
                MAX_PAUSE, Clock.systemUTC());
        HttpTransport network = new HttpTransport(new OkHttpClient());
        Transport transport = delivery -> IN_PROCESS_SANDBOX.getHost().equals(delivery.url().getHost())
                ? toSandbox(delivery) : network.post(delivery);
        dispatcher = new NotificationDispatcher(receivers, transport, policy, Sleeper.SYSTEM, LOG::warn);
        changes = new StateChanges(git.remote().displayUrl(), notify.dashboardUrl().filter(u -> !u.isBlank()));
        if (!receivers.isEmpty()) {
            LOG.info("Notifications go to: " + String.join(", ", receivers.stream().map(Receiver::name).toList()));
        }
    }

    /** Told of every finished sync, from the sync worker. */
    public void onSync(SyncRecord record) {
        if (dispatcher.hasReceivers()) {
            dispatcher.send(changes.afterSync(record));
        }
    }

    /** Told of every drift check, from the sync worker. */
    public void onDrift(DriftSnapshot snapshot) {
        if (dispatcher.hasReceivers()) {
            dispatcher.send(changes.afterDrift(snapshot));
        }
    }

    /** How many deliveries receivers took, and how many were given up. */
    public long delivered() {
        return dispatcher.delivered();
    }

    public long failed() {
        return dispatcher.failed();
    }

    @PreDestroy
    void stop() {
        dispatcher.close();
    }

    /** PagerDuty's Events API, or the built-in sandbox's when the service writes there. */
    private URI defaultEventsUrl() {
        return sandboxRoute.sandbox().isPresent() ? IN_PROCESS_SANDBOX : PagerDutyEventsReceiver.DEFAULT_URL;
    }

    private Outcome toSandbox(Delivery delivery) {
        Optional<Sandbox> sandbox = sandboxRoute.sandbox();
        if (sandbox.isEmpty()) {
            return Outcome.failed(new IOException("the built-in sandbox is off"));
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        delivery.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        SandboxResponse answer = sandbox.get().handle(new SandboxRequest("POST", delivery.url().getPath(), Map.of(),
                headers, delivery.body()));
        return Outcome.answered(answer.status(), "", Headers.of(answer.headers()), "");
    }

    /** An http(s) URL; the message names the setting, never the value, which is a secret. */
    private static URI url(String setting, String value) {
        Optional<URI> parsed;
        try {
            parsed = Optional.of(URI.create(value.strip())).filter(u -> u.getHost() != null
                    && ("https".equals(u.getScheme()) || "http".equals(u.getScheme())));
        } catch (IllegalArgumentException e) {
            parsed = Optional.empty();
        }
        return parsed.orElseThrow(() -> new IllegalArgumentException(
                "pd-gitops.notify." + setting + " is not an http(s) URL"));
    }
}
