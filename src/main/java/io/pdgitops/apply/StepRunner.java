package io.pdgitops.apply;

import io.pdgitops.diff.LiveUserContacts;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.diff.UserContactDiff;
import io.pdgitops.diff.WindowChange;
import io.pdgitops.live.LiveSchedules;
import io.pdgitops.live.LiveUserContactsReader;
import io.pdgitops.model.BusinessService;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.Integration;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Service;
import io.pdgitops.model.Team;
import io.pdgitops.model.User;
import io.pdgitops.model.WebhookSubscription;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyException;
import io.pdgitops.pagerduty.dto.BusinessServiceDto;
import io.pdgitops.pagerduty.dto.EscalationPolicyDto;
import io.pdgitops.pagerduty.dto.HandoffRuleDto;
import io.pdgitops.pagerduty.dto.IntegrationDto;
import io.pdgitops.pagerduty.dto.IntegrationWrite;
import io.pdgitops.pagerduty.dto.ScheduleDto;
import io.pdgitops.pagerduty.dto.ServiceDto;
import io.pdgitops.pagerduty.dto.TeamDto;
import io.pdgitops.pagerduty.dto.UserDto;
import io.pdgitops.pagerduty.dto.WebhookSubscriptionDto;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.plan.StepAction;
import io.pdgitops.plan.WebhookReenable;
import io.pdgitops.plan.WebhookReplacement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** Carries out one plan step with the PagerDuty calls it needs. */
final class StepRunner {

    private final PagerDutyClient client;
    private final DesiredState desired;
    private final IdRegistry ids;
    private final Clock clock;
    private final SecretSink secrets;
    private final boolean lookUpFirst;
    private final Consumer<Object> answers;
    private final Map<String, List<WindowChange>> windows;
    private final Function<String, Optional<String>> environment;

    /** Receives the integration key of every integration a step creates or adopts. */
    @FunctionalInterface
    interface SecretSink {
        void accept(IntegrationSecret secret);
    }

    /** @param lookUpFirst whether creates look up by name before their first try (see {@link CreateLookup}) */
    StepRunner(PagerDutyClient client, DesiredState desired, IdRegistry ids, Clock clock, SecretSink secrets,
            boolean lookUpFirst) {
        this(client, desired, ids, clock, secrets, lookUpFirst, answer -> { });
    }

    /**
     * @param answers receives PagerDuty's answer to each update of a service or an escalation policy: the object as
     *     it is right after the write, which a long-running process keeps instead of reading it again
     */
    StepRunner(PagerDutyClient client, DesiredState desired, IdRegistry ids, Clock clock, SecretSink secrets,
            boolean lookUpFirst, Consumer<Object> answers) {
        this(client, desired, ids, clock, secrets, lookUpFirst, answers, Map.of());
    }

    /** @param windows the plan's window changes by window name ({@link io.pdgitops.plan.Plan#windows()}) */
    StepRunner(PagerDutyClient client, DesiredState desired, IdRegistry ids, Clock clock, SecretSink secrets,
            boolean lookUpFirst, Consumer<Object> answers, Map<String, List<WindowChange>> windows) {
        this(client, desired, ids, clock, secrets, lookUpFirst, answers, windows, Applier.PROCESS_ENVIRONMENT);
    }

    /** @param environment the values of environment variables, for webhook custom headers */
    StepRunner(PagerDutyClient client, DesiredState desired, IdRegistry ids, Clock clock, SecretSink secrets,
            boolean lookUpFirst, Consumer<Object> answers, Map<String, List<WindowChange>> windows,
            Function<String, Optional<String>> environment) {
        this.environment = environment;
        this.windows = windows;
        this.answers = answers;
        this.client = client;
        this.desired = desired;
        this.ids = ids;
        this.clock = clock;
        this.secrets = secrets;
        this.lookUpFirst = lookUpFirst;
    }

    /** @return whether a create adopted an object that was already there */
    boolean run(PlanStep step) {
        if (step.key().kind() == ResourceKind.MAINTENANCE_WINDOW) {
            return windows(step);
        }
        if (step.action() == StepAction.DELETE) {
            delete(step);
            return false;
        }
        ResourceKey key = step.key();
        String name = key.name();
        return switch (key.kind()) {
            case TEAM -> team(step, declared(desired.team(name).orElse(null), key));
            case SCHEDULE -> schedule(step, declared(desired.schedule(name).orElse(null), key));
            case ESCALATION_POLICY -> policy(step, declared(desired.escalationPolicy(name).orElse(null), key));
            case SERVICE -> service(step, declared(desired.service(name).orElse(null), key));
            case INTEGRATION -> integration(step);
            case EVENT_RULES -> throw new IllegalStateException("event rules are written with their service");
            case MAINTENANCE_WINDOW -> windows(step);
            case USER -> user(step);
            case BUSINESS_SERVICE -> businessService(step, declared(desired.businessService(name).orElse(null), key));
            case WEBHOOK_SUBSCRIPTION ->
                    webhookSubscription(step, declared(desired.webhookSubscription(name).orElse(null), key));
        };
    }

    /**
     * Every PagerDuty window of one declared window: services by the ids the account or this apply's creates gave
     * them. Its creates adopt the windows a lost answer made, so a re-run after a crash duplicates none.
     */
    private boolean windows(PlanStep step) {
        List<WindowChange> changes = windows.get(step.key().name());
        if (changes == null) {
            // A plan rebuilt without its windows would otherwise report a step done that wrote nothing.
            throw new IllegalStateException(step.key() + ": the plan holds no PagerDuty windows for this step");
        }
        Map<String, String> serviceIds = new HashMap<>();
        changes.stream().filter(change -> change.action() != WindowChange.Action.DELETE)
                .flatMap(change -> change.window().services().stream())
                .distinct()
                .forEach(service -> serviceIds.put(service, ids.id(ResourceKind.SERVICE, service)));
        return WindowApplier.apply(client.maintenanceWindows(), changes, serviceIds).stream()
                .anyMatch(WindowApplier.Applied::adopted);
    }

    /**
     * One user's contact methods, rules and tags, from a fresh read of that user: what a run cut off half way already
     * wrote is then no change, so a re-run repeats nothing.
     */
    private boolean user(PlanStep step) {
        User user = desired.users().stream().filter(declared -> declared.email().equalsIgnoreCase(step.key().name()))
                .findFirst().orElseThrow(() -> new IllegalStateException(step.key() + " is not declared"));
        UserDto live = client.users().findByEmail(user.email())
                .map(found -> client.users().getWithContacts(found.id()))
                .orElseThrow(() -> new IllegalStateException(step.key() + " is not a user of the PagerDuty account"));
        List<HandoffRuleDto> handoffs = user.handoffNotifications().isPresent()
                ? client.users().handoffRules(live.id()).list() : List.of();
        LiveUserContacts contacts = LiveUserContactsReader.of(live, handoffs);
        boolean adopted = new UserContactApplier(client.users(), contacts).apply(UserContactDiff.between(user, contacts));
        new TagSync(client).sync(user, "users", live.id(), false);
        return adopted;
    }

    private boolean team(PlanStep step, Team team) {
        Supplier<TeamDto> create = () -> client.teams().create(TeamBodies.of(team, ids));
        Written<TeamDto> written = write(step, () -> client.teams().findByName(team.name()),
                create, TeamDto::id);
        if (written.needsUpdate()) {
            client.teams().update(written.id(), TeamBodies.of(team, ids));
        }
        // A team this step has just made has no members yet: nothing to read.
        boolean fresh = step.action() == StepAction.CREATE && !written.adopted();
        new TeamMembership(client, ids).sync(team, written.id(), fresh);
        TagSync tags = new TagSync(client);
        tags.sync(team, "teams", written.id(), fresh);
        // A user has one set of tags, declared on its User document or else on memberships (validation keeps them the
        // same across teams, and off memberships when the User document declares them).
        team.members().orElse(List.of()).forEach(member -> tags.sync(member, "users", ids.userId(member.user()), false));
        return written.adopted();
    }

    private boolean schedule(PlanStep step, Schedule schedule) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Written<ScheduleDto> written = write(step,
                () -> client.schedules().findByName(schedule.name()),
                () -> client.schedules().create(ScheduleBodies.of(schedule, List.of(), now, ids)),
                ScheduleDto::id);
        if (written.adopted()) {
            ids.rememberLayers(written.id(), LiveSchedules.current(written.object(), clock.instant()));
        }
        if (written.needsUpdate()) {
            client.schedules().update(written.id(),
                    ScheduleBodies.of(schedule, ids.currentLayers(written.id()), now, ids));
        }
        return written.adopted();
    }

    private boolean policy(PlanStep step, EscalationPolicy policy) {
        Written<EscalationPolicyDto> written = write(step,
                () -> client.escalationPolicies().findByName(policy.name()),
                () -> client.escalationPolicies().create(PolicyBodies.of(policy, ids)),
                EscalationPolicyDto::id);
        if (written.needsUpdate()) {
            answered(step, client.escalationPolicies().update(written.id(), PolicyBodies.of(policy, ids)));
        }
        new TagSync(client).sync(policy, "escalation_policies", written.id(),
                step.action() == StepAction.CREATE && !written.adopted());
        return written.adopted();
    }

    private boolean service(PlanStep step, Service service) {
        Written<ServiceDto> written = write(step,
                () -> client.services().findByName(service.name()),
                () -> client.services().create(ServiceBodies.of(service, ids)),
                ServiceDto::id);
        // The event rules are a resource of their own: a change of them alone needs no write of the service.
        boolean fieldsChange = step.changes().stream().anyMatch(change -> !ServiceBodies.isEventRules(change.path()));
        if (written.needsUpdate() && (written.adopted() || fieldsChange)) {
            answered(step, client.services().update(written.id(), ServiceBodies.of(service, ids)));
        }
        boolean rulesChange = step.changes().stream().anyMatch(change -> ServiceBodies.isEventRules(change.path()));
        if (step.action() == StepAction.CREATE || rulesChange) {
            // Rules switched off alone are switched on again: their rules are as Git says, no write needed.
            boolean onlyActive = step.action() == StepAction.UPDATE && step.changes().stream()
                    .filter(change -> ServiceBodies.isEventRules(change.path()))
                    .allMatch(change -> ServiceBodies.isActive(change.path()));
            new OrchestrationSync(client).sync(service, written.id(), !onlyActive);
        }
        return written.adopted();
    }

    private boolean businessService(PlanStep step, BusinessService business) {
        Written<BusinessServiceDto> written = write(step,
                () -> client.businessServices().findByName(business.name()),
                () -> client.businessServices().create(BusinessServiceBodies.of(business, ids)),
                BusinessServiceDto::id);
        // The supporting services are edges of their own: a change of them alone needs no write of the fields.
        boolean fieldsChange = step.changes().stream().anyMatch(change -> !change.path().equals("supported_by"));
        if (written.needsUpdate() && (written.adopted() || fieldsChange)) {
            client.businessServices().update(written.id(), BusinessServiceBodies.of(business, ids));
        }
        new SupportSync(client, ids).sync(business, written.id(), step.action() == StepAction.CREATE && !written.adopted());
        return written.adopted();
    }

    /**
     * PagerDuty cannot change a subscription's URL or custom headers: such a change deletes it and creates it again,
     * which gives it a new signing secret (the plan says so). The secret of a create's answer is never read.
     */
    private boolean webhookSubscription(PlanStep step, WebhookSubscription subscription) {
        Supplier<List<WebhookSubscriptionDto>> find = () -> client.webhookSubscriptions().findByName(subscription.name());
        if (step.action() == StepAction.UPDATE && WebhookReplacement.replaces(step.key(), step.changes())) {
            // The new body first, its OAuth client included: a header whose variable is not set, or a client PagerDuty
            // does not have, must fail the step while the old subscription still delivers, not after it is deleted.
            // A client Git leaves unmanaged goes over to the new subscription, as an update would have kept it.
            String clientId = subscription.oauthClient().isPresent() ? oauthClientId(subscription)
                    : Optional.ofNullable(client.webhookSubscriptions().get(step.liveId().orElseThrow()).oauthClient())
                            .map(reference -> reference.id()).orElse(null);
            WebhookSubscriptionDto body = createBody(subscription, clientId);
            delete(step);
            // Created without a look-up first (the old one is gone), but looked up after an unknown outcome.
            CreateOrAdopt.run(step.key().toString(), false, find, () -> client.webhookSubscriptions().create(body));
            return false;
        }
        Supplier<WebhookSubscriptionDto> create = () -> client.webhookSubscriptions().create(
                createBody(subscription, oauthClientId(subscription)));
        Written<WebhookSubscriptionDto> written = write(step, find, create, WebhookSubscriptionDto::id);
        // A step that only turns deliveries back on sends no update; enabling an enabled subscription changes nothing.
        if (written.adopted() || written.needsUpdate() && WebhookReenable.updates(step.changes())) {
            client.webhookSubscriptions().update(written.id(), WebhookSubscriptionBodies.update(subscription, ids)
                    .withOAuthClientId(oauthClientId(subscription)));
        }
        if (step.action() == StepAction.UPDATE && WebhookReenable.reenables(step.changes())) {
            client.webhookSubscriptions().enable(written.id());
        }
        return written.adopted();
    }

    private WebhookSubscriptionDto createBody(WebhookSubscription subscription, String oauthClientId) {
        return WebhookSubscriptionBodies.create(subscription, ids, environment).withOAuthClientId(oauthClientId);
    }

    private boolean integration(PlanStep step) {
        String serviceName = step.key().service().orElseThrow();
        Service service = declared(desired.service(serviceName).orElse(null), step.key().owner());
        Integration integration = service.integrations().orElse(List.of()).stream()
                .filter(candidate -> candidate.name().equals(step.key().name()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(step.key() + " is not declared"));
        String serviceId = ids.id(ResourceKind.SERVICE, serviceName);
        if (step.action() == StepAction.UPDATE && changesKind(step)) {
            // PagerDuty cannot change an integration's type or vendor: it is replaced, and gets a new key. The body
            // is made before the delete, so a body that cannot be made leaves the old integration receiving alerts.
            IntegrationWrite body = IntegrationBodies.of(integration, ids);
            client.integrations().delete(serviceId, step.liveId().orElseThrow());
            IntegrationDto created = client.integrations().create(serviceId, body);
            reportKey(serviceName, integration, created);
            return false;
        }
        Written<IntegrationDto> written = write(step,
                () -> {
                    List<IntegrationDto> all = client.services().get(serviceId).integrations();
                    return all == null ? List.of()
                            : all.stream().filter(live -> integration.name().equals(live.name())).toList();
                },
                () -> client.integrations().create(serviceId, IntegrationBodies.of(integration, ids)),
                IntegrationDto::id);
        if (written.needsUpdate()) {
            client.integrations().update(serviceId, written.id(), IntegrationBodies.of(integration, ids));
        }
        reportKey(serviceName, integration, written.object());
        return written.adopted();
    }

    /** Passes on the answer of a plain update; an adopted create's update follows a look-up, and is not passed. */
    private void answered(PlanStep step, Object answer) {
        if (step.action() == StepAction.UPDATE && answer != null) {
            answers.accept(answer);
        }
    }

    private static boolean changesKind(PlanStep step) {
        return step.changes().stream().anyMatch(change -> change.path().endsWith(".type") || change.path().endsWith(".vendor"));
    }

    private void reportKey(String serviceName, Integration integration, IntegrationDto live) {
        if (live != null && live.integrationKey() != null) {
            secrets.accept(new IntegrationSecret(serviceName, integration.name(), live.integrationKey()));
        }
    }

    /**
     * @param object the created or adopted object; null for an update
     */
    private record Written<T>(String id, T object, boolean adopted, boolean needsUpdate) {
    }

    /** A create (adopting what is already there) or, for an update, the plan's id. */
    /** The declared OAuth client's id, looked up only when one is declared; null sends none. */
    private String oauthClientId(WebhookSubscription subscription) {
        return subscription.oauthClient()
                .map(name -> OAuthClientLookup.id(client.oauthClients(), subscription.name(), name)).orElse(null);
    }

    private <T> Written<T> write(PlanStep step, Supplier<List<T>> find, Supplier<T> create,
            java.util.function.Function<T, String> idOf) {
        if (step.action() == StepAction.UPDATE) {
            return new Written<>(step.liveId().orElseThrow(), null, false, true);
        }
        CreateOrAdopt.Outcome<T> outcome = CreateOrAdopt.run(step.key().toString(), lookUpFirst, find, create);
        String id = idOf.apply(outcome.object());
        if (step.key().kind() != ResourceKind.INTEGRATION) {
            ids.remember(step.key().kind(), step.key().name(), id);
        }
        return new Written<>(id, outcome.object(), outcome.adopted(), outcome.adopted());
    }

    /** Deleting what is already gone is success: an interrupted apply may have done it. */
    private void delete(PlanStep step) {
        String id = step.liveId().orElseThrow();
        try {
            switch (step.key().kind()) {
                case TEAM -> client.teams().delete(id);
                case SCHEDULE -> client.schedules().delete(id);
                case ESCALATION_POLICY -> client.escalationPolicies().delete(id);
                case SERVICE -> client.services().delete(id);
                case INTEGRATION -> client.integrations().delete(
                        ids.id(ResourceKind.SERVICE, step.key().service().orElseThrow()), id);
                case EVENT_RULES -> new OrchestrationSync(client).reset(id);
                case MAINTENANCE_WINDOW -> throw new IllegalStateException("windows are deleted by their changes");
                case USER -> throw new IllegalStateException("pd-gitops never deletes a user");
                case BUSINESS_SERVICE -> client.businessServices().delete(id);
                case WEBHOOK_SUBSCRIPTION -> client.webhookSubscriptions().delete(id);
            }
        } catch (PagerDutyException e) {
            if (!e.isNotFound()) {
                throw e;
            }
        }
    }

    private static <T> T declared(T object, ResourceKey key) {
        if (object == null) {
            throw new IllegalStateException(key + " is not declared in the repository");
        }
        return object;
    }
}
