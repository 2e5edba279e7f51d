package io.pdgitops.load;

import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.Roster;
import io.pdgitops.model.User;
import io.pdgitops.validate.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Builds the model object of one schema-valid document, or reports why its values are unusable. */
final class DocumentMapper {

    private DocumentMapper() {
    }

    static boolean isRoster(YamlDocument document) {
        return Roster.KIND.equals(document.tree().path("kind").asText());
    }

    static boolean isMaintenanceWindow(YamlDocument document) {
        return MaintenanceWindow.KIND.equals(document.tree().path("kind").asText());
    }

    static boolean isUser(YamlDocument document) {
        return User.KIND.equals(document.tree().path("kind").asText());
    }

    /** Empty when a value check failed; the problems are added to {@code violations}. */
    static Optional<DeclaredObject> map(YamlDocument document, RepoSettings settings, List<Violation> violations) {
        return checked(document, violations, fields -> switch (ObjectKind.fromYamlName(fields.text("kind")).orElseThrow()) {
            case TEAM -> TeamMapper.map(fields, document.origin());
            case SCHEDULE -> ScheduleMapper.map(fields, document.origin(), settings.defaultTimeZone());
            case ESCALATION_POLICY -> EscalationPolicyMapper.map(fields, document.origin());
            case SERVICE -> ServiceMapper.map(fields, document.origin());
            case BUSINESS_SERVICE -> BusinessServiceMapper.map(fields, document.origin());
            case WEBHOOK_SUBSCRIPTION -> WebhookSubscriptionMapper.map(fields, document.origin());
        });
    }

    /** A schema-valid Roster document, or empty when a value check failed (reported). */
    static Optional<Roster> mapRoster(YamlDocument document, RepoSettings settings, List<Violation> violations) {
        return checked(document, violations, fields -> RosterMapper.map(fields, document.origin(), settings.defaultTimeZone()));
    }

    /** A schema-valid MaintenanceWindow document, or empty when a value check failed (reported). */
    static Optional<MaintenanceWindow> mapMaintenanceWindow(YamlDocument document, RepoSettings settings,
            List<Violation> violations) {
        return checked(document, violations,
                fields -> MaintenanceWindowMapper.map(fields, document.origin(), settings.defaultTimeZone()));
    }

    /** A schema-valid User document, or empty when a value check failed (reported). */
    static Optional<User> mapUser(YamlDocument document, List<Violation> violations) {
        return checked(document, violations, fields -> UserMapper.map(fields, document.origin()));
    }

    private static <T> Optional<T> checked(YamlDocument document, List<Violation> violations, Function<Fields, T> mapper) {
        List<Violation> found = new ArrayList<>();
        T object = mapper.apply(Fields.root(document.tree(), document.origin(), found));
        violations.addAll(found);
        return found.isEmpty() ? Optional.of(object) : Optional.empty();
    }
}
