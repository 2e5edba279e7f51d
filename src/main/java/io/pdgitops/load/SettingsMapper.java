package io.pdgitops.load;

import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.IgnoreDifference;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.RotationChanges;
import io.pdgitops.model.SyncPolicy;
import io.pdgitops.validate.ViolationCode;
import java.nio.file.FileSystems;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/** Builds {@link RepoSettings} from a schema-valid {@code pd-gitops.yaml}, filling in defaults. */
final class SettingsMapper {

    private SettingsMapper() {
    }

    static RepoSettings map(Fields fields) {
        SyncPolicy defaults = SyncPolicy.defaults();
        SyncPolicy sync = fields.optionalObject("sync")
                .map(s -> new SyncPolicy(
                        s.optionalBoolean("prune").orElse(defaults.prune()),
                        s.optionalBoolean("self_heal").orElse(defaults.selfHeal()),
                        s.optionalInt("max_deletions").orElse(defaults.maxDeletions())))
                .orElse(defaults);
        return new RepoSettings(
                globs(fields, "include").orElse(RepoSettings.DEFAULT_INCLUDE),
                globs(fields, "exclude").orElse(List.of()),
                sync,
                fields.optionalObject("defaults").flatMap(d -> d.optionalZone("time_zone")),
                fields.objects("ignore_differences").stream()
                        .map(ignore -> new IgnoreDifference(
                                ObjectKind.fromYamlName(ignore.text("kind")).orElseThrow(),
                                ignore.optionalText("name"),
                                ignore.textList("fields")))
                        .toList(),
                fields.optionalObject("defaults").flatMap(ScheduleMapper::rotationChanges)
                        .orElse(RotationChanges.KEEP_POSITION),
                fields.optionalObject("schedules").flatMap(s -> s.optionalText("dst_hand_offs"))
                        .map(text -> DstHandOffs.valueOf(text.toUpperCase(java.util.Locale.ROOT)))
                        .orElse(DstHandOffs.LOCAL_TIME),
                fields.optionalBoolean("manage_users").orElse(false));
    }

    private static Optional<List<String>> globs(Fields fields, String field) {
        Optional<List<String>> globs = fields.optionalTextList(field);
        List<String> patterns = globs.orElse(List.of());
        for (int i = 0; i < patterns.size(); i++) {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + patterns.get(i));
            } catch (PatternSyntaxException e) {
                fields.report(ViolationCode.INVALID_FORMAT, field,
                        "`" + fields.display(field) + "[" + i + "]`: `" + patterns.get(i) + "` is not a valid glob pattern");
            }
        }
        return globs;
    }
}
