package io.pdgitops.api;

/**
 * Names the resources use to refer to what {@code META-INF/openapi.yaml} declares once for the whole API: the
 * bearer security scheme and the refusals every endpoint shares. The file, not an annotation, holds them because
 * SmallRye OpenAPI reads API-wide annotations only from a JAX-RS Application class, which this API does not need.
 */
public final class ApiDefinition {

    /** The name of the bearer security scheme. */
    public static final String BEARER = "bearer";
    static final String BAD_REQUEST = "BadRequest";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String FORBIDDEN = "Forbidden";
    static final String UNAVAILABLE = "Unavailable";

    private ApiDefinition() {
    }
}
