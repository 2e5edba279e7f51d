package io.pdgitops.diff;

import java.util.Optional;

/**
 * One field that differs, with both values as people read them (users as {@code Name <email>}).
 *
 * @param path YAML field path, like {@code rules[0].targets}, {@code layers[1].users} or {@code integrations["Nagios"].type}
 * @param desired empty when Git removes the thing at {@code path}
 * @param live empty when PagerDuty does not have it
 */
public record FieldChange(String path, Optional<String> desired, Optional<String> live) {

    public static FieldChange of(String path, String desired, String live) {
        return new FieldChange(path, Optional.ofNullable(desired), Optional.ofNullable(live));
    }
}
