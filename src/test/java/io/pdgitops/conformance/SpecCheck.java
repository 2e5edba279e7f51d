package io.pdgitops.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks one exchange against the spec: the operation exists, every query parameter is declared (and its value
 * is in the parameter's enum, where it has one), the request body validates against the operation's request
 * schema, the status is declared (or {@code default}) and the response body validates against that status's
 * schema. {@code readOnly} is not enforced on requests, as PagerDuty ignores read-only fields it is sent.
 */
final class SpecCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiSpec spec;

    SpecCheck(OpenApiSpec spec) {
        this.spec = spec;
    }

    /** @param basePath the base URL's path, removed before matching ({@code /sandbox} inside the service) */
    List<SchemaFinding> check(Exchange exchange, String basePath) {
        String path = exchange.path(basePath);
        Optional<OpenApiSpec.Operation> found = spec.operation(exchange.method(), path);
        if (found.isEmpty()) {
            return List.of(new SchemaFinding(exchange.method() + " " + path, "route", path, "",
                    "the spec has no such operation"));
        }
        OpenApiSpec.Operation operation = found.get();
        List<SchemaFinding> findings = new ArrayList<>(queryFindings(operation, exchange));
        findings.addAll(requestFindings(operation, exchange));
        findings.addAll(responseFindings(operation, exchange));
        return findings;
    }

    private List<SchemaFinding> queryFindings(OpenApiSpec.Operation operation, Exchange exchange) {
        List<SchemaFinding> findings = new ArrayList<>();
        List<JsonNode> declared = spec.queryParameters(operation);
        for (String name : exchange.url().queryParameterNames()) {
            Optional<JsonNode> parameter = declared.stream().filter(p -> p.path("name").asText().equals(name)).findFirst();
            if (parameter.isEmpty()) {
                findings.add(new SchemaFinding(operation.route(), "query", name, "", "the operation declares no such parameter"));
                continue;
            }
            JsonNode schema = parameter.get().path("schema");
            JsonNode allowed = schema.has("items") ? schema.path("items").path("enum") : schema.path("enum");
            for (String value : exchange.url().queryParameterValues(name)) {
                if (allowed.isArray() && !contains(allowed, value)) {
                    findings.add(new SchemaFinding(operation.route(), "query", name, "enum",
                            "'" + value + "' is not one of " + allowed));
                }
            }
        }
        return findings;
    }

    private List<SchemaFinding> requestFindings(OpenApiSpec.Operation operation, Exchange exchange) {
        Optional<String> schema = spec.requestSchema(operation);
        if (exchange.requestBody() == null) {
            boolean required = operation.node().path("requestBody").path("required").asBoolean(false);
            return required ? List.of(new SchemaFinding(operation.route(), "request", "$", "required",
                    "the spec requires a request body and none was sent")) : List.of();
        }
        if (schema.isEmpty()) {
            return List.of(new SchemaFinding(operation.route(), "request", "$", "",
                    "a body was sent but the spec declares none"));
        }
        return validate(operation, "request", schema.get(), exchange.requestBody());
    }

    private List<SchemaFinding> responseFindings(OpenApiSpec.Operation operation, Exchange exchange) {
        Optional<String> response = spec.response(operation, exchange.status());
        String status = Integer.toString(exchange.status());
        if (response.isEmpty()) {
            return List.of(new SchemaFinding(operation.route(), "status", status, "", "the spec declares no such status"));
        }
        String subject = "response " + status;
        Optional<String> schema = spec.responseSchema(response.get());
        if (exchange.responseBody().isBlank()) {
            return List.of();
        }
        if (schema.isEmpty()) {
            return List.of(new SchemaFinding(operation.route(), subject, "$", "", "a body was sent but the spec declares none"));
        }
        return validate(operation, subject, schema.get(), exchange.responseBody());
    }

    private List<SchemaFinding> validate(OpenApiSpec.Operation operation, String subject, String schema, String body) {
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return List.of(new SchemaFinding(operation.route(), subject, "$", "", "the body is not JSON: " + e.getOriginalMessage()));
        }
        List<SchemaFinding> findings = new ArrayList<>();
        for (Error error : spec.schema(schema).validate(instance)) {
            findings.add(new SchemaFinding(operation.route(), subject, location(error), keyword(error),
                    schemaPointer(error), error.getMessage()));
        }
        return findings;
    }

    /** The instance path with array indexes generalised, and the missing property named for {@code required}. */
    private static String location(Error error) {
        String at = error.getInstanceLocation().toString().replaceAll("\\[\\d+]", "[*]");
        return "required".equals(error.getKeyword()) && error.getProperty() != null ? at + "." + error.getProperty() : at;
    }

    /** Where in the spec the failed keyword is, e.g. {@code /components/schemas/Service/allOf/1/required}. */
    private static String schemaPointer(Error error) {
        String location = error.getSchemaLocation().toString();
        return location.substring(location.indexOf('#') + 1);
    }

    private static String keyword(Error error) {
        return error.getKeyword() == null ? "" : error.getKeyword();
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (element.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
