package io.pdgitops.ecosystem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.api.ApiDefinition;
import io.pdgitops.service.ConfigRepoProfile;
import io.pdgitops.service.Phase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /q/openapi} describes every operation fully enough for generated clients and linters. */
@QuarkusTest
@TestProfile(ConfigRepoProfile.class)
class OpenApiDocumentTest {

    /** The Redocly CLI release the lint is made with; npx fetches it once and reuses it from its cache. */
    private static final String REDOCLY = "@redocly/cli@2.77.0";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private JsonNode document;

    @TempDir
    Path temp;

    /** One operation of the document, named as in the paths: {@code post /api/v1/sync}. */
    private record Operation(String name, JsonNode node) {
    }

    @BeforeEach
    void readTheDocument() throws Exception {
        document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void everyOperationHasAUniqueOperationIdAndSecurity() {
        Set<String> ids = new HashSet<>();
        for (Operation operation : operations()) {
            String id = operation.node().path("operationId").asText("");
            assertThat(id).as("operationId of " + operation.name()).isNotBlank();
            assertThat(ids.add(id)).as("operationId " + id + " is unique").isTrue();
            assertThat(operation.node().has("security")).as("security of " + operation.name()).isTrue();
        }
        assertThat(ids).hasSameSizeAs(operations());
    }

    @Test
    void everyResponseHasADescriptionAndEveryBodyASchema() {
        for (Operation operation : operations()) {
            assertThat(operation.node().path("responses").size()).as("responses of " + operation.name()).isPositive();
            operation.node().path("responses").fields().forEachRemaining(entry -> {
                JsonNode response = resolve(entry.getValue());
                String what = operation.name() + " " + entry.getKey();
                assertThat(response.path("description").asText("")).as("description of " + what).isNotBlank();
                response.path("content").fields().forEachRemaining(media -> {
                    JsonNode schema = resolve(media.getValue().path("schema"));
                    assertThat(Stream.of("type", "properties", "items", "$ref", "oneOf", "anyOf")
                            .anyMatch(schema::has)).as("schema of " + what + " " + media.getKey()).isTrue();
                });
            });
        }
    }

    @Test
    void writesNeedTheBearerSchemeAndReadsMayUseIt() {
        JsonNode scheme = document.path("components").path("securitySchemes").path(ApiDefinition.BEARER);
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
        for (Operation operation : operations()) {
            List<String> schemes = new ArrayList<>();
            operation.node().path("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(schemes::add));
            if (operation.name().startsWith("get ")) {
                assertThat(schemes).as(operation.name() + ": open unless read-auth=token").containsExactly(ApiDefinition.BEARER);
                assertThat(operation.node().path("security").size()).as(operation.name()).isEqualTo(2);
            }
        }
        assertThat(operation("post /api/v1/sync").path("security").toString()).isEqualTo("[{\"bearer\":[]}]");
        assertThat(operation("post /api/v1/validate").path("security").toString()).isEqualTo("[{\"bearer\":[]}]");
    }

    @Test
    void theCodesEachEndpointAnswersWithAreDocumented() {
        assertThat(codes("post /api/v1/sync")).contains("202", "401", "403").doesNotContain("200");
        assertThat(codes("post /api/v1/webhooks/{provider}")).contains("202", "400", "401", "404", "413");
        assertThat(codes("get /api/v1/drift")).contains("200", "503");
        assertThat(codes("get /api/v1/syncs/{id}")).contains("200", "404");
        assertThat(codes("post /api/v1/validate")).contains("200", "400", "503");
    }

    @Test
    void thePhaseIsAnEnumOfEveryPhase() {
        JsonNode phase = resolve(document.path("components").path("schemas").path("StatusView"))
                .path("properties").path("phase");
        List<String> documented = new ArrayList<>();
        phase.path("enum").forEach(value -> documented.add(value.asText()));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(Stream.of(Phase.values()).map(Phase::displayName).toList());
    }

    @Test
    void redoclysRecommendedRulesetFindsNoError() throws Exception {
        Optional<ExternalTool> npx = ExternalTool.find("npx");
        assumeTrue(npx.isPresent(), "npx is not installed (Debian package: npm): Redocly lint skipped");
        Path file = temp.resolve("openapi.yaml");
        Files.writeString(file, given().get("/q/openapi").then().statusCode(200).extract().asString());

        ExternalTool.Run run = npx.get().run(temp, "", 300, "--yes", REDOCLY, "lint", "--extends=recommended",
                "--format=stylish", file.toString());

        assertThat(run.exitCode()).as("redocly lint:\n" + run.output()).isZero();
        assertThat(run.output()).as("redocly lint").doesNotContainPattern("(?i)\\b[1-9][0-9]* errors?\\b");
    }

    private List<String> codes(String name) {
        List<String> codes = new ArrayList<>();
        operation(name).path("responses").fieldNames().forEachRemaining(codes::add);
        return codes;
    }

    private JsonNode operation(String name) {
        return operations().stream().filter(operation -> operation.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in /q/openapi")).node();
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : (Iterable<Map.Entry<String, JsonNode>>) document.path("paths")::fields) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            path.getValue().fields().forEachRemaining(method -> {
                if (METHODS.contains(method.getKey())) {
                    operations.add(new Operation(method.getKey() + " " + path.getKey(), method.getValue()));
                }
            });
        }
        assertThat(operations).as("operations under /api").isNotEmpty();
        return operations;
    }

    /** Follows a local {@code $ref} such as {@code #/components/responses/Unauthorized}. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref") && current.path("$ref").asText().startsWith("#/")) {
            current = document.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }
}
