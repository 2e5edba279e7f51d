package io.pdgitops.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The check itself: it must find what is wrong, and only that. */
class SpecCheckTest {

    private static final String POLICY_REF = "\"escalation_policy\":{\"id\":\"PEP0001\",\"type\":\"escalation_policy_reference\"}";

    private static OpenApiSpec spec;
    private static SpecCheck check;
    private static KnownDeviations deviations;

    @BeforeAll
    static void loadSpec() throws IOException {
        assumeTrue(OpenApiSpec.available(), "PagerDuty's OpenAPI spec is not at " + OpenApiSpec.LOCATION.toAbsolutePath()
                + " (the shared folder is absent): skipping the checks of the spec check");
        spec = OpenApiSpec.load();
        check = new SpecCheck(spec);
        deviations = KnownDeviations.read();
    }

    private static List<SchemaFinding> check(String method, String pathAndQuery, String request, int status, String response) {
        return check.check(new Exchange(method, HttpUrl.get("http://127.0.0.1:8089/sandbox" + pathAndQuery), request,
                status, response), "/sandbox");
    }

    @Test
    void aResponseFieldOfTheWrongTypeIsFoundAndNoDeviationExplainsIt() {
        String good = "{\"service\":{\"id\":\"PSV0001\",\"type\":\"service\",\"name\":\"Payments\"," + POLICY_REF + "}}";
        assertThat(check("GET", "/services/PSV0001", null, 200, good)).isEmpty();

        List<SchemaFinding> findings = check("GET", "/services/PSV0001", null, 200, good.replace("\"Payments\"", "5"));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.route()).isEqualTo("GET /services/{id}");
            assertThat(finding.subject()).isEqualTo("response 200");
            assertThat(finding.location()).isEqualTo("$.service.name");
            assertThat(finding.keyword()).isEqualTo("type");
            assertThat(finding.toString()).contains("integer found, string expected");
        });
        assertThat(deviations.unexplained(findings)).isEqualTo(findings);
    }

    @Test
    void unknownOperationsUndeclaredQueryParametersEnumValuesAndStatusesAreFound() {
        assertThat(check("GET", "/services/PSV0001/incidents", null, 200, "{}"))
                .extracting(SchemaFinding::subject).containsExactly("route");
        assertThat(check("GET", "/services?colour=blue&include[]=integrations&include[]=sparkles", null, 200, ""))
                .extracting(SchemaFinding::subject, SchemaFinding::location, SchemaFinding::keyword)
                .containsExactly(tuple("query", "colour", ""),
                        tuple("query", "include[]", "enum"));
        assertThat(check("DELETE", "/services/PSV0001", null, 418, ""))
                .extracting(SchemaFinding::subject, SchemaFinding::location).containsExactly(tuple("status", "418"));
    }

    @Test
    void nullIsAllowedExactlyWhereTheSpecSaysNullable() {
        assertThat(spec.node("/components/schemas/User/allOf/1/properties/description/nullable").asBoolean()).isTrue();
        String user = "{\"user\":{\"type\":\"user\",\"name\":\"Taro\",\"email\":\"taro@example.com\",\"description\":%s,\"job_title\":%s}}";

        assertThat(check("GET", "/users/PUS0001", null, 200, user.formatted("null", "\"SRE\""))).isEmpty();
        assertThat(check("GET", "/users/PUS0001", null, 200, user.formatted("5", "\"SRE\"")))
                .extracting(SchemaFinding::location).containsExactly("$.user.description");
        assertThat(check("GET", "/users/PUS0001", null, 200, user.formatted("null", "null")))
                .extracting(SchemaFinding::location).containsExactly("$.user.job_title");
    }

    @Test
    void readOnlyFieldsInARequestAreAcceptedAsPagerDutyIgnoresThem() {
        assertThat(spec.node("/components/schemas/Service/allOf/1/properties/created_at/readOnly").asBoolean()).isTrue();
        String request = "{\"service\":{\"type\":\"service\",\"name\":\"Payments\",\"created_at\":\"2026-01-05T09:00:00Z\","
                + "\"id\":\"PSV0001\",\"summary\":\"Payments\"," + POLICY_REF + "}}";

        assertThat(check("POST", "/services", request, 201, "")).isEmpty();
    }

    @Test
    void fieldsTheSpecLeavesOutPassBecauseItsSchemasAllowOtherProperties() {
        assertThat(spec.node("/components/schemas/Integration").toString()).doesNotContain("integration_key", "additionalProperties");
        String integration = "{\"integration\":{\"id\":\"PIN0001\",\"type\":\"events_api_v2_inbound_integration\","
                + "\"integration_key\":\"0123456789abcdef0123456789abcdef\",\"name\":\"Events\"}}";

        assertThat(check("GET", "/services/PSV0001/integrations/PIN0001", null, 200, integration)).isEmpty();
    }

    @Test
    void aMissingRequiredFieldIsAnErrorOnCreateAndAKnownDeviationOnThePartialUpdate() {
        String withoutPolicy = "{\"service\":{\"type\":\"service\",\"name\":\"Payments\"}}";

        List<SchemaFinding> create = check("POST", "/services", withoutPolicy, 201, "");
        List<SchemaFinding> update = check("PUT", "/services/PSV0001", withoutPolicy, 200, "");

        assertThat(create).extracting(SchemaFinding::location, SchemaFinding::keyword)
                .containsExactly(tuple("$.service.escalation_policy", "required"));
        assertThat(deviations.unexplained(create)).hasSize(1);
        assertThat(update).hasSize(1);
        assertThat(deviations.unexplained(update)).isEmpty();
    }
}
