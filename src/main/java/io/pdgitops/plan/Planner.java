package io.pdgitops.plan;

import io.pdgitops.diff.Diff;
import io.pdgitops.diff.DiffAction;
import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceDiff;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.diff.RotationDecision;
import io.pdgitops.diff.WindowChange;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.oncall.OnCallDrift;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns a {@link Diff} into an ordered {@link Plan}, adding prune deletions and the {@code max_deletions} guard. */
public final class Planner {

    /** A step before it has its place and id. */
    record Draft(StepAction action, ResourceKey key, Optional<String> liveId, List<FieldChange> changes,
            List<RotationDecision> rotations, Optional<String> declaredIn) {

        Draft(StepAction action, ResourceKey key, Optional<String> liveId, List<FieldChange> changes,
                List<RotationDecision> rotations) {
            this(action, key, liveId, changes, rotations, Optional.empty());
        }

        Draft(StepAction action, ResourceKey key, Optional<String> liveId, List<FieldChange> changes) {
            this(action, key, liveId, changes, List.of());
        }
    }

    private Planner() {
    }

    public static Plan plan(Diff diff, Inventory inventory, PlanOptions options) {
        return plan(diff, inventory, options, Set.of());
    }

    /**
     * @param unreadFiles files present in the tree that the loader could not read (paths relative to the
     *     configuration folder): a prune of an object one of them declared refuses the plan, and is never a step
     */
    public static Plan plan(Diff diff, Inventory inventory, PlanOptions options, Set<String> unreadFiles) {
        return plan(diff, inventory, options, unreadFiles, List.of());
    }

    /**
     * @param onCall who PagerDuty's final schedules page against who Git says, per schedule compared: one that
     *     differs is updated even when every field matches (see {@link OnCallResend})
     */
    public static Plan plan(Diff diff, Inventory inventory, PlanOptions options, Set<String> unreadFiles,
            List<OnCallDrift> onCall) {
        List<String> notes = new ArrayList<>();
        LiveLookup lookup = new LiveLookup(diff.live());
        Map<ResourceKey, Draft> drafts = changeDrafts(diff);
        int resent = OnCallResend.add(diff, onCall, drafts);
        Optional<String> unread = addPrune(diff, inventory, options, lookup, drafts, notes, unreadFiles);
        StillInUse.dropBlockedDeletes(drafts, diff.desired(), diff.live(), notes);
        Map<String, List<WindowChange>> windows = WindowSteps.settle(diff, drafts);
        Map<ResourceKey, Set<ResourceKey>> dependencies = dependencies(diff.desired(), drafts, lookup);
        List<PlanStep> steps = number(StepOrder.sort(new ArrayList<>(drafts.values()), dependencies), dependencies);
        List<ResourceDiff> ambiguous = diff.resources().stream()
                .filter(resource -> resource.action() == DiffAction.AMBIGUOUS)
                .toList();
        ambiguous.forEach(resource -> notes.add(resource.key() + " matches " + resource.liveIds().size()
                + " PagerDuty objects (" + String.join(", ", resource.liveIds()) + "): left alone until only one has the name"));
        noteUsesOfAmbiguous(diff.desired(), drafts, ambiguous, notes);
        notes.addAll(RosterNotes.of(diff.desired(), drafts.keySet()));
        WebhookReplacement.note(drafts.values(), notes);
        WebhookReenable.note(drafts.values(), notes);
        PlanSummary summary = summary(steps, diff, resent);
        Optional<String> deletion = deletionGuard(summary, options, notes);
        Optional<String> refusal = unread.or(() -> AmbiguityGuard.refusal(ambiguous)).or(() -> deletion);
        return new Plan(refusal.isPresent() ? PlanStatus.REFUSED : PlanStatus.READY, refusal, steps, ambiguous, notes,
                summary, onCall, windows);
    }

    private static Map<ResourceKey, Draft> changeDrafts(Diff diff) {
        Map<ResourceKey, Draft> drafts = new LinkedHashMap<>();
        for (ResourceDiff resource : diff.resources()) {
            if (resource.action() == DiffAction.CREATE || resource.action() == DiffAction.UPDATE) {
                StepAction action = resource.action() == DiffAction.CREATE ? StepAction.CREATE : StepAction.UPDATE;
                // A window resource may stand for several PagerDuty windows: its step names an id only when one.
                Optional<String> liveId = resource.key().kind() == ResourceKind.MAINTENANCE_WINDOW
                        && resource.liveIds().size() != 1 ? Optional.empty() : resource.liveIds().stream().findFirst();
                drafts.put(resource.key(), new Draft(action, resource.key(), liveId, resource.changes(),
                        diff.rotationsOf(resource.key())));
            }
        }
        return drafts;
    }

    /** The refusal when the plan deletes more than {@code max_deletions} and is not forced. */
    private static Optional<String> deletionGuard(PlanSummary summary, PlanOptions options, List<String> notes) {
        if (summary.delete() <= options.maxDeletions()) {
            return Optional.empty();
        }
        String excess = "the plan deletes " + summary.delete() + " objects, more than max_deletions ("
                + options.maxDeletions() + ")";
        if (options.force()) {
            notes.add(excess + ": applied anyway because it is forced");
            return Optional.empty();
        }
        return Optional.of(excess + ": refused; check the deletions and force the plan if they are intended");
    }

    /** Adds the prune deletes; returns the refusal when one would delete what an unread file declared. */
    private static Optional<String> addPrune(Diff diff, Inventory inventory, PlanOptions options, LiveLookup lookup,
            Map<ResourceKey, Draft> drafts, List<String> notes, Set<String> unreadFiles) {
        if (!inventory.recorded()) {
            if (options.prune()) {
                notes.add("nothing is pruned: there is no record of a previous apply, and prune only deletes what pd-gitops applied");
            }
            return Optional.empty();
        }
        List<Prune.Candidate> candidates = Prune.candidates(diff, inventory, lookup, notes);
        Optional<String> unread = options.prune()
                ? UnreadDeclarations.refusal(candidates, inventory, unreadFiles) : Optional.empty();
        if (unread.isPresent()) {
            return unread; // no prune step at all: the plan is refused, so none of them may run
        }
        for (Prune.Candidate candidate : candidates) {
            if (options.prune()) {
                drafts.put(candidate.key(), new Draft(StepAction.DELETE, candidate.key(),
                        Optional.of(candidate.liveId()), candidate.changes(), List.of(),
                        inventory.declaringFile(candidate.key())));
            } else {
                notes.add("would prune " + candidate.key() + " [" + candidate.liveId() + "] (prune disabled)");
            }
        }
        return Optional.empty();
    }

    /**
     * A create or update waits for the creates and updates of what the desired object references;
     * a delete waits for the updates and deletes of live objects that still reference the deleted one.
     */
    private static Map<ResourceKey, Set<ResourceKey>> dependencies(DesiredState desired, Map<ResourceKey, Draft> drafts,
            LiveLookup lookup) {
        Map<ResourceKey, Set<ResourceKey>> dependencies = new HashMap<>();
        Map<ResourceKey, Set<ResourceKey>> liveReferences = new HashMap<>();
        for (Draft draft : drafts.values()) {
            // A reset of event rules names its service's id, but removes nothing the service references.
            if (draft.action() != StepAction.CREATE && draft.key().service().isEmpty()
                    && draft.key().kind() != ResourceKind.EVENT_RULES) {
                draft.liveId().flatMap(lookup::byId)
                        .ifPresent(object -> liveReferences.put(draft.key(), References.of(object)));
            }
        }
        for (Draft draft : drafts.values()) {
            Set<ResourceKey> prerequisites = new LinkedHashSet<>();
            if (draft.action() == StepAction.DELETE) {
                liveReferences.forEach((referrer, references) -> {
                    if (references.contains(draft.key())) {
                        prerequisites.add(referrer);
                    }
                });
            } else {
                Set<ResourceKey> needed = new LinkedHashSet<>();
                needed.add(draft.key().owner());
                declared(desired, draft.key()).ifPresent(object -> needed.addAll(References.of(object)));
                needed.addAll(References.ofWindow(desired, draft.key()));
                needed.stream()
                        .filter(key -> !key.equals(draft.key()))
                        .filter(key -> drafts.containsKey(key) && drafts.get(key).action() != StepAction.DELETE)
                        .forEach(prerequisites::add);
            }
            dependencies.put(draft.key(), prerequisites);
        }
        return dependencies;
    }

    /** A step that points at an ambiguous object cannot say which one PagerDuty should use. */
    private static void noteUsesOfAmbiguous(DesiredState desired, Map<ResourceKey, Draft> drafts,
            List<ResourceDiff> ambiguous, List<String> notes) {
        Set<ResourceKey> ambiguousKeys = new LinkedHashSet<>();
        ambiguous.forEach(resource -> ambiguousKeys.add(resource.key()));
        for (Draft draft : drafts.values()) {
            declared(desired, draft.key()).ifPresent(object -> References.of(object).stream()
                    .filter(ambiguousKeys::contains)
                    .forEach(key -> notes.add(draft.key() + " uses " + key
                            + ", which is ambiguous: its " + draft.action().name().toLowerCase(Locale.ROOT)
                            + " fails until only one PagerDuty object has that name")));
        }
    }

    static Optional<DeclaredObject> declared(DesiredState desired, ResourceKey key) {
        return switch (key.kind()) {
            case TEAM -> desired.team(key.name()).map(DeclaredObject.class::cast);
            case SCHEDULE -> desired.schedule(key.name()).map(DeclaredObject.class::cast);
            case ESCALATION_POLICY -> desired.escalationPolicy(key.name()).map(DeclaredObject.class::cast);
            case SERVICE -> desired.service(key.name()).map(DeclaredObject.class::cast);
            case BUSINESS_SERVICE -> desired.businessService(key.name()).map(DeclaredObject.class::cast);
            case WEBHOOK_SUBSCRIPTION -> desired.webhookSubscription(key.name()).map(DeclaredObject.class::cast);
            case INTEGRATION, EVENT_RULES, MAINTENANCE_WINDOW, USER -> Optional.empty();
        };
    }

    private static List<PlanStep> number(List<Draft> ordered, Map<ResourceKey, Set<ResourceKey>> dependencies) {
        Map<ResourceKey, String> ids = new HashMap<>();
        List<PlanStep> steps = new ArrayList<>();
        for (Draft draft : ordered) {
            String id = Integer.toString(steps.size() + 1);
            List<String> dependsOn = dependencies.getOrDefault(draft.key(), Set.of()).stream()
                    .map(ids::get)
                    .filter(java.util.Objects::nonNull)
                    .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
            steps.add(new PlanStep(id, draft.action(), draft.key(), draft.liveId(), draft.changes(), dependsOn,
                    draft.rotations(), draft.declaredIn()));
            ids.put(draft.key(), id);
        }
        return steps;
    }

    /** @param resent no-ops of the diff that the plan updates all the same, for their on-call drift */
    private static PlanSummary summary(List<PlanStep> steps, Diff diff, int resent) {
        return new PlanSummary(
                count(steps, StepAction.CREATE),
                count(steps, StepAction.UPDATE),
                count(steps, StepAction.DELETE),
                (int) diff.resources().stream().filter(resource -> resource.action() == DiffAction.NO_OP).count() - resent,
                (int) diff.resources().stream().filter(resource -> resource.action() == DiffAction.AMBIGUOUS).count());
    }

    private static int count(List<PlanStep> steps, StepAction action) {
        return (int) steps.stream().filter(step -> step.action() == action).count();
    }
}
