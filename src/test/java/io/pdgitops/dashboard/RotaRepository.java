package io.pdgitops.dashboard;

import static io.restassured.RestAssured.given;

import io.pdgitops.service.ConfigRepoServer;
import io.pdgitops.service.Eventually;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;

/** The test repository with a schedule that its escalation policy pages first, applied and drift-checked once. */
final class RotaRepository {

    static final String BEARER = "Bearer " + ConfigRepoServer.API_TOKEN;

    /** A schedule of the two users of the test repository, and the policy paging it first. */
    static final String SCHEDULE = """
            kind: Schedule
            name: Payments Rota
            description: Payments <b>on call</b>
            time_zone: Asia/Tokyo
            layers:
              - name: Weekly
                start: 2026-01-05T09:00:00+09:00
                rotation_turn_length: 1d
                users: [taro@example.com, hanako@example.com]
            """;
    static final String POLICY = """
            kind: EscalationPolicy
            name: Payments Primary
            num_loops: 1
            rules:
              - escalation_delay: 30m
                targets: [{schedule: Payments Rota}]
              - escalation_delay: 30m
                targets: [{user: taro@example.com}]
            """;

    private RotaRepository() {
    }

    /** Pushes and applies the rota unless the service already shows it, then checks drift so pages are fresh. */
    static void ensureApplied() {
        // Synced, or OutOfSync once a test has edited PagerDuty (self-heal is off in the test repository).
        Eventually.await(Duration.ofSeconds(60), RotaRepository::status,
                s -> List.of("Synced", "OutOfSync").contains(s.getString("phase")));
        if (!given().get("/on-call").then().extract().asString().contains("Payments Rota")) {
            ConfigRepoServer.push("schedules/payments.yaml", SCHEDULE, "Add the payments rota");
            String head = ConfigRepoServer.push("escalation-policies.yaml", POLICY, "Page the rota first");
            given().header("Authorization", BEARER).post("/api/v1/sync").then().statusCode(202);
            Eventually.await(Duration.ofSeconds(60), RotaRepository::status,
                    s -> head.equals(s.getString("lastAppliedRevision")));
        }
        given().header("Authorization", BEARER).get("/api/v1/drift?refresh=true").then().statusCode(200);
    }

    static JsonPath status() {
        return given().get("/api/v1/status").then().statusCode(200).extract().jsonPath();
    }
}
