package io.pdgitops.conformance;

/**
 * One way an exchange disagrees with the spec.
 *
 * @param route         the spec's {@code METHOD /template}, or the method and raw path when the spec has no such
 *                      operation
 * @param subject       {@code route}, {@code query}, {@code status}, {@code request} or {@code response NNN}
 * @param location      the query parameter, the status, or the JSON path in the body ({@code $.service.teams[*]})
 * @param keyword       the schema keyword that failed ({@code required}, {@code type}, ...), or empty
 * @param schemaPointer where in the spec that keyword is ({@code /components/schemas/Service/allOf/1/required}),
 *                      or empty when no schema was involved
 */
record SchemaFinding(String route, String subject, String location, String keyword, String schemaPointer, String message) {

    SchemaFinding(String route, String subject, String location, String keyword, String message) {
        this(route, subject, location, keyword, "", message);
    }

    @Override
    public String toString() {
        return route + " " + subject + " " + location + (keyword.isEmpty() ? "" : " " + keyword) + ": " + message
                + (schemaPointer.isEmpty() ? "" : " (spec #" + schemaPointer + ")");
    }
}
