package io.pdgitops.load;

import io.pdgitops.model.BusinessService;
import io.pdgitops.model.WebhookSubscription;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.Roster;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Service;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.Team;
import io.pdgitops.model.User;
import io.pdgitops.validate.SchemaValidator;
import io.pdgitops.validate.Validator;
import io.pdgitops.validate.Violation;
import io.pdgitops.validate.ViolationCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a configuration repository into a {@link DesiredState} and validates it completely: files,
 * YAML, JSON Schemas and semantic rules. This is the one entry point for everything that needs the
 * desired state (CLI, reconciler, benchmarks):
 *
 * <pre>{@code
 * LoadResult result = ConfigLoader.load(Path.of("config"));
 * if (!result.isValid()) { result.violations().forEach(v -> System.out.println(v.format())); }
 * }</pre>
 *
 * <p>Problems never throw; they are returned as violations, all at once, sorted by position. An
 * instance compiles the schemas once and is thread-safe: reuse it for repeated loads.
 */
public final class ConfigLoader {

    private static final class DefaultInstance {
        static final ConfigLoader INSTANCE = new ConfigLoader(LoadLimits.defaults());
    }

    private final LoadLimits limits;
    private final SchemaValidator schemas;

    public ConfigLoader(LoadLimits limits) {
        this(limits, SchemaValidator.shared());
    }

    public ConfigLoader(LoadLimits limits, SchemaValidator schemas) {
        this.limits = limits;
        this.schemas = schemas;
    }

    /**
     * Loads {@code dir} with the default limits.
     *
     * @throws IllegalArgumentException when {@code dir} is not a directory (nothing to validate)
     */
    public static LoadResult load(Path dir) {
        return DefaultInstance.INSTANCE.read(dir);
    }

    /** The settings of {@code dir}'s {@code pd-gitops.yaml} alone, defaults where it is missing or not valid. */
    public RepoSettings settings(Path dir) {
        return new SettingsLoader(limits, schemas).load(dir, new ArrayList<>());
    }

    /** The shared loader with the default limits. */
    public static ConfigLoader defaults() {
        return DefaultInstance.INSTANCE;
    }

    /**
     * Loads {@code dir} with this loader's limits.
     *
     * @throws IllegalArgumentException when {@code dir} is not a directory (nothing to validate)
     */
    public LoadResult read(Path dir) {
        return read(dir, List.of());
    }

    /**
     * Loads {@code dir}, a copy of a configuration folder, together with the entries of the original that the copy
     * left out. Each left-out entry that would have been read is an error, exactly like an unreadable file found in
     * {@code dir} itself: a revision is read whole or it is invalid.
     *
     * @throws IllegalArgumentException when {@code dir} is not a directory (nothing to validate)
     */
    public LoadResult read(Path dir, List<UnreadFile> leftOut) {
        return read(dir, leftOut, Map.of(), new FileLoadCache());
    }

    /**
     * Loads {@code dir} as {@link #read(Path, List)} does, taking from {@code cache} what each file whose content id
     * is known added the last time, and leaving there what this load's files add. The result is the same as a load
     * without the cache: only unchanged files are spared their parsing and checks.
     *
     * @param contentIds content ids (Git blob ids) by path relative to {@code dir}; a file without one is read
     * @throws IllegalArgumentException when {@code dir} is not a directory (nothing to validate)
     */
    public LoadResult read(Path dir, List<UnreadFile> leftOut, Map<String, String> contentIds,
            FileLoadCache cache) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir);
        }
        List<Violation> violations = new ArrayList<>();
        RepoSettings settings = new SettingsLoader(limits, schemas).load(dir, violations);
        FileLoadCache.Round round = cache.start(this, settings, contentIds);
        Collected collected = new Collected();
        int fileCount = 0;
        boolean listed = false;
        reportUnread(leftOut, settings, violations);
        try {
            RepoFiles.Listing listing = RepoFiles.list(dir, settings.include(), settings.exclude(), limits.maxFiles());
            reportUnread(listing.unread(), settings, violations);
            for (RepoFiles.Entry file : listing.files()) {
                fileCount++;
                collected.add(round.load(file.relativePath(), () -> readFileSafely(file, settings)), violations);
            }
            listed = true;
        } catch (IOException e) {
            violations.add(Violation.error(ViolationCode.UNREADABLE_FILE, SourceLocation.startOf("."),
                    "cannot list the repository: " + e.getClass().getSimpleName()));
        }
        // Compiled rosters join the schedules before validation, so every rule and consumer sees them as schedules.
        collected.schedules.addAll(RosterSchedules.compile(collected.rosters, settings.dstHandOffs(), round,
                collected.declaredButInvalid, violations));
        if (listed) {
            round.end();
        }
        DesiredState state = new DesiredState(settings, collected.teams, collected.schedules,
                collected.policies, collected.services, fileCount, collected.rosters, collected.maintenanceWindows,
                collected.businessServices, collected.webhookSubscriptions, collected.users);
        violations.addAll(Validator.validate(state, collected.declaredButInvalid, round.onCall()));
        if (listed) {
            round.endValidation();
        }
        violations.sort(Violation.BY_POSITION);
        return new LoadResult(state, violations, collected.documentCount);
    }

    private static void reportUnread(List<UnreadFile> unread, RepoSettings settings, List<Violation> violations) {
        for (UnreadFile entry : unread) {
            if (RepoFiles.wouldBeRead(entry, settings)) {
                violations.add(Violation.error(entry.code(), SourceLocation.startOf(entry.path()), entry.reason()));
            }
        }
    }

    /** A defect in pd-gitops must not hide the rest of the report, so it becomes a violation of its own. */
    private FileLoad readFileSafely(RepoFiles.Entry file, RepoSettings settings) {
        try {
            return readFile(file, settings);
        } catch (RuntimeException e) {
            return FileLoad.failed(Violation.error(ViolationCode.UNREADABLE_FILE,
                    SourceLocation.startOf(file.relativePath()),
                    "pd-gitops failed on this file (" + e.getClass().getSimpleName() + "); please report it"));
        }
    }

    private FileLoad readFile(RepoFiles.Entry file, RepoSettings settings) {
        SourceText.Result text = SourceText.read(file.path(), file.relativePath(), limits);
        if (!text.ok()) {
            return FileLoad.failed(text.violation());
        }
        ParsedFile parsed = new YamlFileParser(limits).parse(file.relativePath(), text.text());
        List<Violation> violations = new ArrayList<>(parsed.violations());
        List<DeclaredObject> objects = new ArrayList<>();
        List<Roster> rosters = new ArrayList<>();
        List<MaintenanceWindow> windows = new ArrayList<>();
        List<User> users = new ArrayList<>();
        List<ObjectKey> declaredButInvalid = new ArrayList<>(parsed.declaredNames());
        for (YamlDocument document : parsed.documents()) {
            List<Violation> schemaViolations = schemas.validateDocument(document.tree(), document.origin());
            if (DocumentMapper.isMaintenanceWindow(document)) {
                // Not a DeclaredObject: no other document refers to a window, and it has no ObjectKind to clash with.
                if (schemaViolations.isEmpty()) {
                    DocumentMapper.mapMaintenanceWindow(document, settings, violations)
                            .ifPresent(windows::add);
                }
                violations.addAll(schemaViolations);
                continue;
            }
            if (DocumentMapper.isUser(document)) {
                // Not a DeclaredObject either: a user is referenced by email everywhere, and is never planned alone.
                if (schemaViolations.isEmpty()) {
                    DocumentMapper.mapUser(document, violations).ifPresent(users::add);
                }
                violations.addAll(schemaViolations);
                continue;
            }
            if (DocumentMapper.isRoster(document)) {
                Optional<Roster> roster = schemaViolations.isEmpty()
                        ? DocumentMapper.mapRoster(document, settings, violations)
                        : Optional.empty();
                violations.addAll(schemaViolations);
                roster.ifPresentOrElse(rosters::add,
                        () -> DocumentIdentity.of(document.tree()).ifPresent(declaredButInvalid::add));
                continue;
            }
            Optional<DeclaredObject> object = schemaViolations.isEmpty()
                    ? DocumentMapper.map(document, settings, violations)
                    : Optional.empty();
            violations.addAll(schemaViolations);
            if (object.isPresent()) {
                objects.add(object.get());
            } else {
                DocumentIdentity.of(document.tree()).ifPresent(declaredButInvalid::add);
            }
        }
        return new FileLoad(objects, rosters, windows, users, declaredButInvalid, violations, parsed.documentCount());
    }

    /** The objects of all files, by kind, in reading order. */
    private static final class Collected {
        final List<Team> teams = new ArrayList<>();
        final List<Schedule> schedules = new ArrayList<>();
        final List<EscalationPolicy> policies = new ArrayList<>();
        final List<Service> services = new ArrayList<>();
        final List<BusinessService> businessServices = new ArrayList<>();
        final List<WebhookSubscription> webhookSubscriptions = new ArrayList<>();
        final List<Roster> rosters = new ArrayList<>();
        final List<MaintenanceWindow> maintenanceWindows = new ArrayList<>();
        final List<User> users = new ArrayList<>();
        final Set<ObjectKey> declaredButInvalid = new HashSet<>();
        int documentCount;

        /** Adds one file's part, in reading order, its problems to {@code violations}. */
        void add(FileLoad file, List<Violation> violations) {
            violations.addAll(file.violations());
            documentCount += file.documentCount();
            declaredButInvalid.addAll(file.declaredButInvalid());
            rosters.addAll(file.rosters());
            maintenanceWindows.addAll(file.maintenanceWindows());
            users.addAll(file.users());
            file.objects().forEach(this::add);
        }

        private void add(DeclaredObject object) {
            if (object instanceof Team team) {
                teams.add(team);
            } else if (object instanceof Schedule schedule) {
                schedules.add(schedule);
            } else if (object instanceof EscalationPolicy policy) {
                policies.add(policy);
            } else if (object instanceof Service service) {
                services.add(service);
            } else if (object instanceof BusinessService businessService) {
                businessServices.add(businessService);
            } else if (object instanceof WebhookSubscription subscription) {
                webhookSubscriptions.add(subscription);
            }
        }
    }
}
