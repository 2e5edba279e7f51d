package io.pdgitops.export;

import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.User;
import io.pdgitops.validate.SchemaCatalog;
import io.pdgitops.write.UserDocument;
import io.pdgitops.write.WindowDocument;
import io.pdgitops.write.YamlWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of an export: one per object in a folder per kind, one per maintenance window, {@code pd-gitops.yaml},
 * and the report.
 */
public final class ExportFiles {

    /** Where the exported files find the JSON Schemas: the export writes them there. */
    public static final String SCHEMA_FOLDER = "schemas";

    private static final Comparator<DeclaredObject> ORDER = Comparator.comparing(DeclaredObject::kind)
            .thenComparing(DeclaredObject::name);

    private ExportFiles() {
    }

    /**
     * @param windows maintenance window documents, each written in a file of its own
     * @param users User documents, each in a file of its own; {@code pd-gitops.yaml} then says {@code manage_users}
     */
    static Export of(List<DeclaredObject> objects, List<MaintenanceWindow> windows, List<User> users,
            List<UnexpressedSetting> report, Instant now) {
        List<ExportedFile> files = new ArrayList<>();
        Map<ObjectKind, Integer> counts = new EnumMap<>(ObjectKind.class);
        FileNames names = new FileNames();
        for (DeclaredObject object : objects.stream().sorted(ORDER).toList()) {
            String schema = "../" + SCHEMA_FOLDER + "/" + SchemaCatalog.fileFor(object.kind());
            files.add(new ExportedFile(names.next(object.kind(), object.name()),
                    YamlWriter.file(List.of(YamlWriter.schemaComment(schema)), List.of(object))));
            counts.merge(object.kind(), 1, Integer::sum);
        }
        for (MaintenanceWindow window : windows.stream().sorted(Comparator.comparing(MaintenanceWindow::name)).toList()) {
            String schema = "../" + SCHEMA_FOLDER + "/" + SchemaCatalog.MAINTENANCE_WINDOW;
            files.add(new ExportedFile(names.next(FileNames.WINDOW_FOLDER, window.name()),
                    WindowDocument.file(List.of(YamlWriter.schemaComment(schema)), List.of(window))));
        }
        for (User user : users) {
            String schema = "../" + SCHEMA_FOLDER + "/" + SchemaCatalog.USER;
            files.add(new ExportedFile(names.next(FileNames.USER_FOLDER, user.email()),
                    UserDocument.file(List.of(YamlWriter.schemaComment(schema)), List.of(user))));
        }
        files.add(settings(now, !users.isEmpty()));
        Export export = new Export(files, counts, windows.size(), users.size(), report);
        files.add(new ExportedFile(ExportReport.FILE_NAME, ExportReport.text(export)));
        return new Export(files, counts, windows.size(), users.size(), report);
    }

    /** Repository settings at their defaults: adopting changes nothing until someone turns prune or self-heal on. */
    private static ExportedFile settings(Instant now, boolean manageUsers) {
        Map<String, Object> sync = new LinkedHashMap<>();
        sync.put("prune", false);
        sync.put("self_heal", false);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("sync", sync);
        if (manageUsers) {
            settings.put("manage_users", true);
        }
        return new ExportedFile(RepoSettings.FILE_NAME, YamlWriter.mapping(List.of(
                YamlWriter.schemaComment(SCHEMA_FOLDER + "/" + SchemaCatalog.SETTINGS),
                "Written by pd-gitops export at " + now.truncatedTo(ChronoUnit.SECONDS) + ".",
                "What PagerDuty has that these files do not say is listed in " + ExportReport.FILE_NAME + "."),
                settings));
    }
}
