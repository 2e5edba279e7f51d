package io.pdgitops.model;

import java.util.List;
import java.util.Optional;

/**
 * Fields whose differences from PagerDuty are not reported as drift.
 *
 * @param name one object of the kind, or every object when empty
 * @param fields field paths, like {@code description} or {@code integrations.email_filters}
 */
public record IgnoreDifference(ObjectKind kind, Optional<String> name, List<String> fields) {

    public IgnoreDifference {
        fields = List.copyOf(fields);
    }

    public boolean appliesTo(ObjectKind objectKind, String objectName) {
        return kind == objectKind && name.map(objectName::equals).orElse(true);
    }
}
