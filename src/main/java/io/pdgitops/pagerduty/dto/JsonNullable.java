package io.pdgitops.pagerduty.dto;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.util.Objects;

/**
 * A value for a write field where PagerDuty distinguishes "leave as is" from "clear": PUT is partial, so a field
 * left out (a Java {@code null} field) is not touched, while {@link #ofNull()} sends an explicit JSON {@code null}
 * (needed to clear a layer's {@code end} or to disable a service timeout).
 */
public final class JsonNullable<T> implements JsonSerializable {

    private static final JsonNullable<?> NULL = new JsonNullable<>(null);

    private final T value;

    private JsonNullable(T value) {
        this.value = value;
    }

    public static <T> JsonNullable<T> of(T value) {
        return new JsonNullable<>(Objects.requireNonNull(value, "use JsonNullable.ofNull() for an explicit null"));
    }

    @SuppressWarnings("unchecked")
    public static <T> JsonNullable<T> ofNull() {
        return (JsonNullable<T>) NULL;
    }

    /** {@code of(value)}, or {@code ofNull()} when value is null. */
    public static <T> JsonNullable<T> ofNullable(T value) {
        return value == null ? ofNull() : of(value);
    }

    public boolean isNull() {
        return value == null;
    }

    /** The value, or null for an explicit null. */
    public T orNull() {
        return value;
    }

    @Override
    public void serialize(JsonGenerator generator, SerializerProvider serializers) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else {
            serializers.defaultSerializeValue(value, generator);
        }
    }

    @Override
    public void serializeWithType(JsonGenerator generator, SerializerProvider serializers, TypeSerializer types)
            throws IOException {
        serialize(generator, serializers);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNullable<?> that && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value == null ? "null" : value.toString();
    }
}
