package io.pdgitops.export;

import io.pdgitops.model.ObjectKind;
import java.util.List;
import java.util.Map;

/**
 * A whole exported repository.
 *
 * @param files object files, {@code pd-gitops.yaml} and the report, in writing order
 * @param objectCounts exported objects per kind
 * @param windows exported maintenance windows
 * @param users exported User documents ({@code export --users})
 * @param unexpressed what PagerDuty has that the files do not say, also written as {@link ExportReport#FILE_NAME}
 */
public record Export(List<ExportedFile> files, Map<ObjectKind, Integer> objectCounts, int windows, int users,
        List<UnexpressedSetting> unexpressed) {

    public Export {
        files = List.copyOf(files);
        objectCounts = Map.copyOf(objectCounts);
        unexpressed = List.copyOf(unexpressed);
    }

    /** An export without users. */
    public Export(List<ExportedFile> files, Map<ObjectKind, Integer> objectCounts, int windows,
            List<UnexpressedSetting> unexpressed) {
        this(files, objectCounts, windows, 0, unexpressed);
    }

    /** An export without maintenance windows or users. */
    public Export(List<ExportedFile> files, Map<ObjectKind, Integer> objectCounts, List<UnexpressedSetting> unexpressed) {
        this(files, objectCounts, 0, unexpressed);
    }
}
