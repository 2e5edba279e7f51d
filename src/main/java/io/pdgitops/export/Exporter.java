package io.pdgitops.export;

import io.pdgitops.diff.LiveIntegration;
import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.LiveState;
import io.pdgitops.diff.LiveUserContacts;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.live.LiveRecords;
import io.pdgitops.live.LiveStateReader;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.Integration;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Service;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns an account into a configuration repository: objects in the YAML model with PagerDuty's defaults left
 * out, filtered, and a list of everything left behind. Objects the format cannot hold at all (two objects with
 * one name, a schedule without a running layer, an integration type without a YAML form) are left out and
 * listed too: nothing is dropped without saying so.
 */
public final class Exporter {

    private Exporter() {
    }

    /**
     * @param records with the open maintenance windows when they are to be exported
     *     ({@link LiveStateReader#withWindows}); a window is written when every service it silences is, or when the
     *     filter chooses windows on their own ({@link ExportFilter#windows()})
     * @param now layers and windows that ended before it are history and are not exported
     */
    public static Export export(LiveRecords records, Instant now, ExportFilter filter) {
        return export(records, Map.of(), now, filter);
    }

    /**
     * @param users by lower-case email, how each user is reached, written as User documents (with
     *     {@code manage_users: true}); empty unless asked for, as managing users is opt-in
     */
    public static Export export(LiveRecords records, Map<String, LiveUserContacts> users, Instant now,
            ExportFilter filter) {
        LiveState state = LiveStateReader.map(records, now).state();
        List<UnexpressedSetting> leftOut = new ArrayList<>();
        Set<String> formless = formlessIntegrations(records);
        Map<ObjectKey, DeclaredObject> candidates = new LinkedHashMap<>();
        addUnique(state.teams(), live -> PagerDutyDefaults.team(live.object()), candidates, leftOut);
        addUnique(withRunningLayers(state.schedules(), leftOut), live -> PagerDutyDefaults.schedule(live.object()),
                candidates, leftOut);
        addUnique(state.escalationPolicies(), live -> PagerDutyDefaults.policy(live.object()), candidates, leftOut);
        addUnique(state.services(), live -> PagerDutyDefaults.service(live.object(),
                integrations(live, state, formless, leftOut)).withEventRules(EventRuleExport.of(live.object(), leftOut)),
                candidates, leftOut);
        addUnique(state.businessServices(), live -> PagerDutyDefaults.businessService(live.object()), candidates, leftOut);
        BusinessServiceReferences.keepExported(candidates, leftOut);
        addUnique(state.webhookSubscriptions(), live -> WebhookSubscriptionExport.of(live.object(), leftOut),
                candidates, leftOut);
        WebhookSubscriptionExport.keepExported(candidates, leftOut);

        Set<ObjectKey> selected = ExportSelection.of(candidates, filter);
        Set<ResourceKey> exported = selected.stream().map(ResourceKey::of).collect(Collectors.toSet());
        // What could not be exported at all is reported when the filter would have picked it by kind and name.
        List<UnexpressedSetting> report = new ArrayList<>(leftOut.stream()
                .filter(setting -> exported.contains(setting.object().owner()) || wanted(setting.object().owner(), filter))
                .toList());
        report.addAll(UnexpressedSettings.of(records, key -> exported.contains(key)));
        WindowExport.Result windows = WindowExport.of(state.windows(), serviceNames(selected),
                serviceNames(candidates.keySet()),
                (description, silenced) -> filter.selectsWindows(description,
                        ExportSelection.teamsOfServices(silenced, candidates)),
                windowZones(state), now);
        report.addAll(windows.leftOut());
        UserExport.Result people = UserExport.of(users);
        report.addAll(people.leftOut());
        report.sort(UnexpressedSetting.ORDER);

        List<DeclaredObject> objects = selected.stream().map(candidates::get).toList();
        return ExportFiles.of(objects, windows.windows(), people.users(), report, now);
    }

    private static Set<String> serviceNames(Set<ObjectKey> keys) {
        return keys.stream().filter(key -> key.kind() == ObjectKind.SERVICE).map(ObjectKey::name)
                .collect(Collectors.toSet());
    }

    /** The zones of the account's schedules, most used first, then UTC: where a weekly window is looked for. */
    private static List<ZoneId> windowZones(LiveState state) {
        Map<ZoneId, Long> uses = state.schedules().stream()
                .collect(Collectors.groupingBy(live -> live.object().timeZone(), Collectors.counting()));
        List<ZoneId> zones = new ArrayList<>(uses.keySet().stream()
                .sorted(Comparator.<ZoneId, Long>comparing(uses::get).reversed().thenComparing(ZoneId::getId)).toList());
        zones.add(ZoneOffset.UTC);
        return zones;
    }

    private static boolean wanted(ResourceKey owner, ExportFilter filter) {
        return owner.kind().objectKind().map(kind -> filter.selectsByName(kind, owner.name())).orElse(false);
    }

    private static <T extends DeclaredObject> void addUnique(List<LiveObject<T>> live,
            Function<LiveObject<T>, DeclaredObject> export, Map<ObjectKey, DeclaredObject> candidates,
            List<UnexpressedSetting> leftOut) {
        Map<String, List<LiveObject<T>>> byName = live.stream()
                .collect(Collectors.groupingBy(object -> object.object().name(), LinkedHashMap::new, Collectors.toList()));
        byName.forEach((name, objects) -> {
            if (objects.size() == 1) {
                DeclaredObject object = export.apply(objects.get(0));
                candidates.put(ObjectKey.of(object), object);
            } else {
                ObjectKey key = new ObjectKey(objects.get(0).object().kind(), name);
                leftOut.add(new UnexpressedSetting(ResourceKey.of(key), UnexpressedSetting.WHOLE_OBJECT,
                        "not exported: " + objects.size() + " PagerDuty objects share this name ("
                                + objects.stream().map(LiveObject::id).collect(Collectors.joining(", "))
                                + "); names are identities in YAML, so rename all but one"));
            }
        });
    }

    private static List<LiveObject<Schedule>> withRunningLayers(List<LiveObject<Schedule>> schedules,
            List<UnexpressedSetting> leftOut) {
        List<LiveObject<Schedule>> running = new ArrayList<>();
        for (LiveObject<Schedule> schedule : schedules) {
            if (schedule.object().layers().isEmpty()) {
                leftOut.add(new UnexpressedSetting(ResourceKey.of(ObjectKey.of(schedule.object())),
                        UnexpressedSetting.WHOLE_OBJECT, "not exported: every layer has ended, and a schedule needs one"));
            } else {
                running.add(schedule);
            }
        }
        return running;
    }

    /** Integrations with a YAML form and a name unique within their service. */
    private static List<Integration> integrations(LiveObject<Service> service, LiveState state, Set<String> formless,
            List<UnexpressedSetting> leftOut) {
        String serviceName = service.object().name();
        List<LiveIntegration> live = state.integrationsOf(service.id());
        Map<String, Long> names = live.stream()
                .collect(Collectors.groupingBy(integration -> integration.integration().name(), Collectors.counting()));
        List<Integration> exported = new ArrayList<>();
        for (LiveIntegration integration : live) {
            ResourceKey key = ResourceKey.integration(serviceName, integration.integration().name());
            if (formless.contains(integration.id())) {
                leftOut.add(new UnexpressedSetting(key, UnexpressedSetting.WHOLE_OBJECT, "not exported: PagerDuty type `"
                        + integration.integration().vendor().orElse("?") + "` has no YAML form and no vendor"));
            } else if (names.get(integration.integration().name()) > 1) {
                leftOut.add(new UnexpressedSetting(key, UnexpressedSetting.WHOLE_OBJECT, "not exported [" + integration.id()
                        + "]: the service has several integrations with this name"));
            } else {
                exported.add(integration.integration());
            }
        }
        return exported;
    }

    /** Ids of integrations whose type pd-gitops cannot declare: no vendor and a type outside {@link IntegrationType}. */
    private static Set<String> formlessIntegrations(LiveRecords records) {
        Set<String> declarable = Arrays.stream(IntegrationType.values())
                .flatMap(type -> type.pagerDutyType().stream()).collect(Collectors.toSet());
        Set<String> formless = new HashSet<>();
        records.services().stream().flatMap(service -> UnexpressedSettings.integrations(service).stream())
                .filter(integration -> integration.vendor() == null && !declarable.contains(integration.type()))
                .forEach(integration -> formless.add(integration.id()));
        return formless;
    }
}
