package io.pdgitops.load;

import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.validate.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the model object of one schema-valid document, or reports why its values are unusable. */
final class DocumentMapper {

    private DocumentMapper() {
    }

    /** Empty when a value check failed; the problems are added to {@code violations}. */
    static Optional<DeclaredObject> map(YamlDocument document, RepoSettings settings, List<Violation> violations) {
        List<Violation> found = new ArrayList<>();
        Fields fields = Fields.root(document.tree(), document.origin(), found);
        ObjectKind kind = ObjectKind.fromYamlName(fields.text("kind")).orElseThrow();
        DeclaredObject object = switch (kind) {
            case TEAM -> TeamMapper.map(fields, document.origin());
            case SCHEDULE -> ScheduleMapper.map(fields, document.origin(), settings.defaultTimeZone());
            case ESCALATION_POLICY -> EscalationPolicyMapper.map(fields, document.origin());
            case SERVICE -> ServiceMapper.map(fields, document.origin());
        };
        violations.addAll(found);
        return found.isEmpty() ? Optional.of(object) : Optional.empty();
    }
}
