package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Business services and service dependencies as PagerDuty keeps them: paged, checked, and gone with their services. */
class BusinessServicesResourceTest {

    private final TestSandbox pd = new TestSandbox();

    @Test
    void listsPageInNameOrderAndPutIsPartial() {
        List<String> names = List.of("Online banking", "Card payments", "Branch tellers");
        names.forEach(this::create);

        List<String> paged = new ArrayList<>();
        JsonNode first = pd.get("/business_services?limit=2&total=true").body();
        first.path("business_services").forEach(business -> paged.add(business.path("name").asText()));
        assertThat(first.path("more").asBoolean()).isTrue();
        assertThat(first.path("total").asInt()).isEqualTo(names.size());
        pd.get("/business_services?limit=2&offset=2").body().path("business_services")
                .forEach(business -> paged.add(business.path("name").asText()));
        assertThat(paged).containsExactlyElementsOf(names.stream().sorted().toList());

        String id = create("Mobile app");
        assertThat(pd.put("/business_services/" + id, "{\"business_service\":{\"point_of_contact\":\"Desk\"}}").status())
                .isEqualTo(200);
        JsonNode read = pd.get("/business_services/" + id).body().path("business_service");
        assertThat(read.path("name").asText()).isEqualTo("Mobile app");
        assertThat(read.path("point_of_contact").asText()).isEqualTo("Desk");
        assertThat(read.path("summary").asText()).isEqualTo("Mobile app");
    }

    @Test
    void aTakenNameABlankNameAndAnUnknownTeamAreRefused() {
        create("Online banking");

        assertThat(pd.post("/business_services", body("Online banking", null)).status()).isEqualTo(400);
        assertThat(pd.post("/business_services", "{\"business_service\":{\"description\":\"x\"}}").status()).isEqualTo(400);
        assertThat(pd.post("/business_services", body("Elsewhere", "PNOSUCH")).status()).isEqualTo(400);
        JsonNode owned = pd.post("/business_services", body("Owned", pd.teamId("Ops Tokyo"))).body().path("business_service");
        assertThat(owned.path("team").path("id").asText()).isEqualTo(pd.teamId("Ops Tokyo"));
        assertThat(owned.path("team").path("type").asText()).isEqualTo("team_reference");
    }

    @Test
    void relationshipsAreAllOrNothingAndDeletingEitherSideRemovesThem() {
        String banking = create("Online banking");
        String policy = pd.policy("P", "taro@example.com");
        String web = pd.service("Banking Web", policy);
        String db = pd.service("Banking DB", policy);

        assertThat(pd.post("/service_dependencies/associate", relationships(banking, web, "PNOSUCH")).status())
                .isEqualTo(404);
        assertThat(supporting(banking)).isEmpty();
        assertThat(pd.post("/service_dependencies/associate", "{\"relationships\":[]}").status()).isEqualTo(400);
        assertThat(pd.post("/service_dependencies/associate", relationships(banking, web, db)).status()).isEqualTo(200);
        assertThat(supporting(banking)).containsExactlyInAnyOrder(web, db);
        JsonNode removed = pd.post("/service_dependencies/disassociate", relationships(banking, web, web)).body();
        assertThat(removed.path("relationships")).hasSize(1);
        assertThat(supporting(banking)).containsExactly(db);

        assertThat(pd.delete("/services/" + db).status()).isEqualTo(204);
        assertThat(supporting(banking)).isEmpty();
        pd.post("/service_dependencies/associate", relationships(banking, web));
        assertThat(pd.delete("/business_services/" + banking).status()).isEqualTo(204);
        assertThat(pd.get("/service_dependencies/technical_services/" + web).body().path("relationships")).isEmpty();
        assertThat(pd.get("/service_dependencies/business_services/" + banking).status()).isEqualTo(404);
    }

    private List<String> supporting(String business) {
        List<String> ids = new ArrayList<>();
        pd.get("/service_dependencies/business_services/" + business).body().path("relationships").forEach(edge -> {
            assertThat(edge.path("supporting_service").path("type").asText()).isEqualTo("technical_service_reference");
            assertThat(edge.path("dependent_service").path("type").asText()).isEqualTo("business_service_reference");
            ids.add(edge.path("supporting_service").path("id").asText());
        });
        return ids;
    }

    private static String relationships(String business, String... services) {
        List<String> pairs = new ArrayList<>();
        for (String service : services) {
            pairs.add("{\"supporting_service\":{\"id\":\"%s\",\"type\":\"service\"},\"dependent_service\":{\"id\":\"%s\",\"type\":\"business_service\"}}"
                    .formatted(service, business));
        }
        return "{\"relationships\":[" + String.join(",", pairs) + "]}";
    }

    private String create(String name) {
        TestSandbox.Result created = pd.post("/business_services", body(name, null));
        assertThat(created.status()).isEqualTo(200);
        return created.body().path("business_service").path("id").asText();
    }

    private static String body(String name, String teamId) {
        String team = teamId == null ? "" : ",\"team\":{\"id\":\"" + teamId + "\"}";
        return "{\"business_service\":{\"name\":\"" + name + "\"" + team + "}}";
    }
}
