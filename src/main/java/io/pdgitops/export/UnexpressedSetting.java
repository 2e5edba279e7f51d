package io.pdgitops.export;

import io.pdgitops.diff.ResourceKey;
import java.util.Comparator;

/**
 * A setting PagerDuty has that the exported YAML does not carry.
 *
 * @param field PagerDuty's field name, or {@code (object)} when the whole object was left out
 * @param value PagerDuty's value as compact JSON, or why the object was left out
 */
public record UnexpressedSetting(ResourceKey object, String field, String value) {

    public static final String WHOLE_OBJECT = "(object)";

    static final Comparator<UnexpressedSetting> ORDER = Comparator.comparing(UnexpressedSetting::object,
            ResourceKey.PLAN_ORDER).thenComparing(UnexpressedSetting::field);
}
