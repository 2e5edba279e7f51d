package io.pdgitops.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The contents of {@code pd-gitops.yaml}, with defaults filled in.
 *
 * @param include glob patterns of files to read, relative to the repository root
 * @param exclude glob patterns of files to skip even when included
 * @param defaultTimeZone zone of schedules that declare none
 * @param rotationChanges {@code defaults.rotation_changes}: for layers that do not choose themselves
 * @param dstHandOffs {@code schedules.dst_hand_offs}: how whole-day turns hand off across a daylight saving change
 * @param manageUsers {@code manage_users}: whether User documents (contact methods and notification rules) are
 *     allowed; off by default, as they change how people are woken up
 */
public record RepoSettings(
        List<String> include,
        List<String> exclude,
        SyncPolicy sync,
        Optional<ZoneId> defaultTimeZone,
        List<IgnoreDifference> ignoreDifferences,
        RotationChanges rotationChanges,
        DstHandOffs dstHandOffs,
        boolean manageUsers) {

    public static final String FILE_NAME = "pd-gitops.yaml";
    /** Users and teams the built-in sandbox starts with; like {@link #FILE_NAME}, never read as configuration. */
    public static final String SANDBOX_SEED_FILE = "sandbox-seed.yaml";
    public static final List<String> DEFAULT_INCLUDE = List.of("**/*.yaml", "**/*.yml");

    public RepoSettings {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        ignoreDifferences = List.copyOf(ignoreDifferences);
    }

    /** Settings that do not manage users. */
    public RepoSettings(List<String> include, List<String> exclude, SyncPolicy sync, Optional<ZoneId> defaultTimeZone,
            List<IgnoreDifference> ignoreDifferences, RotationChanges rotationChanges, DstHandOffs dstHandOffs) {
        this(include, exclude, sync, defaultTimeZone, ignoreDifferences, rotationChanges, dstHandOffs, false);
    }

    /** Settings with the defaults {@link RotationChanges#KEEP_POSITION} and {@link DstHandOffs#LOCAL_TIME}. */
    public RepoSettings(List<String> include, List<String> exclude, SyncPolicy sync, Optional<ZoneId> defaultTimeZone,
            List<IgnoreDifference> ignoreDifferences) {
        this(include, exclude, sync, defaultTimeZone, ignoreDifferences, RotationChanges.KEEP_POSITION,
                DstHandOffs.LOCAL_TIME);
    }

    public RepoSettings withDstHandOffs(DstHandOffs rule) {
        return new RepoSettings(include, exclude, sync, defaultTimeZone, ignoreDifferences, rotationChanges, rule, manageUsers);
    }

    public RepoSettings withManageUsers(boolean manage) {
        return new RepoSettings(include, exclude, sync, defaultTimeZone, ignoreDifferences, rotationChanges, dstHandOffs,
                manage);
    }

    /** The settings of a repository without {@code pd-gitops.yaml}. */
    public static RepoSettings defaults() {
        return new RepoSettings(DEFAULT_INCLUDE, List.of(), SyncPolicy.defaults(), Optional.empty(), List.of());
    }
}
