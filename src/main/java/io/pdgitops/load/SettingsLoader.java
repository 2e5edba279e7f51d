package io.pdgitops.load;

import io.pdgitops.model.RepoSettings;
import io.pdgitops.validate.SchemaValidator;
import io.pdgitops.validate.Violation;
import io.pdgitops.validate.ViolationCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code pd-gitops.yaml}. A missing file means defaults; a broken one is reported and the
 * defaults are used, so the rest of the repository is still checked.
 */
final class SettingsLoader {

    private final LoadLimits limits;
    private final SchemaValidator schemas;

    SettingsLoader(LoadLimits limits, SchemaValidator schemas) {
        this.limits = limits;
        this.schemas = schemas;
    }

    RepoSettings load(Path dir, List<Violation> violations) {
        Path file = dir.resolve(RepoSettings.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return RepoSettings.defaults();
        }
        SourceText.Result text = SourceText.read(file, RepoSettings.FILE_NAME, limits);
        if (!text.ok()) {
            violations.add(text.violation());
            return RepoSettings.defaults();
        }
        ParsedFile parsed = new YamlFileParser(limits).parse(RepoSettings.FILE_NAME, text.text());
        violations.addAll(parsed.violations());
        if (parsed.documents().isEmpty()) {
            return RepoSettings.defaults();
        }
        for (YamlDocument extra : parsed.documents().subList(1, parsed.documents().size())) {
            violations.add(Violation.error(ViolationCode.SCHEMA_VIOLATION, extra.origin().location(),
                    RepoSettings.FILE_NAME + " must contain a single document"));
        }
        YamlDocument document = parsed.documents().get(0);
        List<Violation> found = new ArrayList<>(schemas.validateSettings(document.tree(), document.origin()));
        RepoSettings settings = found.isEmpty()
                ? SettingsMapper.map(Fields.root(document.tree(), document.origin(), found))
                : RepoSettings.defaults();
        violations.addAll(found);
        return found.isEmpty() ? settings : RepoSettings.defaults();
    }
}
