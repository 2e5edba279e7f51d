package io.pdgitops.drift;

import io.pdgitops.diff.Diff;
import io.pdgitops.diff.LiveIntegration;
import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.LiveState;
import io.pdgitops.diff.LiveWindow;
import io.pdgitops.diff.ResourceDiff;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.Service;
import io.pdgitops.oncall.OnCallDrift;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where PagerDuty differs from Git, object by object, and what PagerDuty has that Git does not declare. Pure:
 * computed from a {@link Diff}, which already leaves out {@code ignore_differences}.
 *
 * @param unmanaged PagerDuty objects no document declares, and integrations that services with a declared
 *     {@code integrations} list do not list
 * @param onCall per schedule compared, who PagerDuty pages against who Git says over the horizon; empty when the
 *     comparison was not made
 */
public record DriftReport(List<DriftEntry> entries, List<UnmanagedObject> unmanaged, List<OnCallDrift> onCall) {

    public DriftReport {
        entries = List.copyOf(entries);
        unmanaged = List.copyOf(unmanaged);
        onCall = List.copyOf(onCall);
    }

    /** A report of objects alone, without the on-call comparison. */
    public DriftReport(List<DriftEntry> entries, List<UnmanagedObject> unmanaged) {
        this(entries, unmanaged, List.of());
    }

    public static DriftReport of(Diff diff) {
        return of(diff, List.of());
    }

    /** @param onCall from comparing the rendered on-call timelines ({@link io.pdgitops.oncall.OnCallDrifts}) */
    public static DriftReport of(Diff diff, List<OnCallDrift> onCall) {
        List<DriftEntry> entries = diff.resources().stream().map(DriftReport::entry).toList();
        return new DriftReport(entries, unmanaged(diff.desired(), diff.live()), onCall);
    }

    /**
     * Drift that an apply would change: drifted, missing or ambiguous objects, and schedules whose rendered on-call
     * timeline differs from Git's even where every field matches. Unmanaged objects and overrides are only listed.
     */
    public boolean hasDrift() {
        return entries.stream().anyMatch(entry -> entry.status() != DriftStatus.IN_SYNC) || onCallDrifted() > 0;
    }

    /** How many schedules page someone other than Git says. */
    public long onCallDrifted() {
        return onCall.stream().filter(OnCallDrift::drifted).count();
    }

    public long count(DriftStatus status) {
        return entries.stream().filter(entry -> entry.status() == status).count();
    }

    private static DriftEntry entry(ResourceDiff resource) {
        DriftStatus status = switch (resource.action()) {
            case NO_OP -> DriftStatus.IN_SYNC;
            case UPDATE -> DriftStatus.DRIFTED;
            case CREATE -> DriftStatus.MISSING;
            case AMBIGUOUS -> DriftStatus.AMBIGUOUS;
        };
        return new DriftEntry(resource.key(), status, resource.liveIds(),
                status == DriftStatus.DRIFTED ? resource.changes() : List.of());
    }

    private static List<UnmanagedObject> unmanaged(DesiredState desired, LiveState live) {
        Set<ResourceKey> declared = new HashSet<>();
        desired.objects().forEach(object -> declared.add(ResourceKey.of(ObjectKey.of(object))));
        List<UnmanagedObject> unmanaged = new ArrayList<>();
        addUndeclared(live.teams(), declared, unmanaged);
        addUndeclared(live.schedules(), declared, unmanaged);
        addUndeclared(live.escalationPolicies(), declared, unmanaged);
        addUndeclared(live.services(), declared, unmanaged);
        addUndeclared(live.businessServices(), declared, unmanaged);
        addUndeclared(live.webhookSubscriptions(), declared, unmanaged);
        desired.maintenanceWindows().forEach(window -> declared.add(ResourceKey.window(window.name())));
        addUndeclaredWindows(live.windows(), declared, unmanaged);
        for (LiveObject<Service> service : live.services()) {
            desired.service(service.object().name()).flatMap(Service::integrations).ifPresent(integrations -> {
                Set<String> names = new HashSet<>();
                integrations.forEach(integration -> names.add(integration.name()));
                for (LiveIntegration integration : live.integrationsOf(service.id())) {
                    if (!names.contains(integration.integration().name())) {
                        unmanaged.add(new UnmanagedObject(
                                ResourceKey.integration(service.object().name(), integration.integration().name()),
                                integration.id()));
                    }
                }
            });
        }
        return unmanaged;
    }

    /**
     * Open windows whose description no document declares, one entry per description: the windows that share one
     * are what a weekly rule or a single document would declare, and what {@code export --kind MaintenanceWindow}
     * writes for that description.
     */
    private static void addUndeclaredWindows(List<LiveWindow> windows, Set<ResourceKey> declared,
            List<UnmanagedObject> unmanaged) {
        Map<String, List<LiveWindow>> byName = windows.stream()
                .filter(window -> !declared.contains(ResourceKey.window(window.window().name())))
                .collect(Collectors.groupingBy(window -> window.window().name(), TreeMap::new, Collectors.toList()));
        byName.forEach((name, shared) -> unmanaged.add(new UnmanagedObject(ResourceKey.window(name),
                shared.stream().map(LiveWindow::id).collect(Collectors.joining(", ")))));
    }

    private static <T extends DeclaredObject> void addUndeclared(List<LiveObject<T>> objects, Set<ResourceKey> declared,
            List<UnmanagedObject> unmanaged) {
        for (LiveObject<T> object : objects) {
            ResourceKey key = ResourceKey.of(ObjectKey.of(object.object()));
            if (!declared.contains(key)) {
                unmanaged.add(new UnmanagedObject(key, object.id()));
            }
        }
    }
}
