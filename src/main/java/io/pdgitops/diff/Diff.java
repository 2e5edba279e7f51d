package io.pdgitops.diff;

import io.pdgitops.model.DesiredState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What differs between Git and PagerDuty, object by object, in plan order (teams, schedules,
 * escalation policies, services, then integrations, then maintenance windows). Only declared objects appear here: what
 * PagerDuty has beyond them is the planner's business (prune).
 *
 * @param desired and {@code live} are kept for the planner, which needs references and prune candidates; the
 *     declared state with its layers' virtual starts settled ({@link RotationSettlement}): apply what it says
 * @param rotations by schedule name, how each running layer whose users change is treated
 * @param windows by declared maintenance window name, the PagerDuty windows its resource creates, updates and
 *     deletes; names whose windows match are left out
 */
public record Diff(List<ResourceDiff> resources, DesiredState desired, LiveState live, Instant now,
        Map<String, List<RotationDecision>> rotations, Map<String, List<WindowChange>> windows) {

    public Diff {
        resources = List.copyOf(resources);
        rotations = Map.copyOf(rotations);
        windows = Map.copyOf(windows);
    }

    /** A diff without maintenance windows. */
    public Diff(List<ResourceDiff> resources, DesiredState desired, LiveState live, Instant now,
            Map<String, List<RotationDecision>> rotations) {
        this(resources, desired, live, now, rotations, Map.of());
    }

    public static Diff between(DesiredState desired, LiveState live, DiffOptions options) {
        return between(desired, live, options, new ServiceDiffMemo());
    }

    /**
     * As {@link #between(DesiredState, LiveState, DiffOptions)}, taking from {@code services} the differences of
     * services whose declared and live objects are those of the last diff through it.
     */
    public static Diff between(DesiredState desired, LiveState live, DiffOptions options, ServiceDiffMemo services) {
        RotationSettlement settled = RotationSettlement.settle(desired, live, options.now());
        Differ differ = new Differ(live, desired.settings().ignoreDifferences(), options.now(), services);
        List<ResourceDiff> resources = new ArrayList<>(differ.run(settled.desired()));
        WindowResources windows = WindowResources.between(desired.maintenanceWindows(), live.windows(), options.now());
        resources.addAll(windows.resources());
        resources.addAll(UserResources.between(desired, live));
        return new Diff(resources, settled.desired(), live, options.now(), settled.decisions(), windows.changes());
    }

    public List<RotationDecision> rotationsOf(ResourceKey key) {
        return key.kind() == ResourceKind.SCHEDULE ? rotations.getOrDefault(key.name(), List.of()) : List.of();
    }

    /** Creates, updates and ambiguities: everything except no-ops. */
    public List<ResourceDiff> differences() {
        return resources.stream().filter(resource -> resource.action() != DiffAction.NO_OP).toList();
    }

    public boolean isEmpty() {
        return differences().isEmpty();
    }

    public Optional<ResourceDiff> find(ResourceKey key) {
        return resources.stream().filter(resource -> resource.key().equals(key)).findFirst();
    }
}
