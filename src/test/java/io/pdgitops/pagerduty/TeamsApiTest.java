package io.pdgitops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.pagerduty.dto.TeamDto;
import io.pdgitops.pagerduty.dto.TeamMemberDto;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TeamsApiTest {

    private final MockPagerDuty pagerDuty = new MockPagerDuty();

    @AfterEach
    void close() {
        pagerDuty.close();
    }

    @Test
    void membershipIsSetWithAnUnwrappedRole() {
        pagerDuty.enqueue(204, "");

        pagerDuty.client.teams().addMember("PT1", "PU1", "responder");

        RecordedRequest request = pagerDuty.take();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo("/teams/PT1/users/PU1");
        assertThat(request.getBody().utf8()).isEqualTo("{\"role\":\"responder\"}");
    }

    @Test
    void anEscalationPolicyIsAssociatedWithAnEmptyPut() {
        pagerDuty.enqueue(204, "");

        pagerDuty.client.teams().addEscalationPolicy("PT1", "PEP1");

        RecordedRequest request = pagerDuty.take();
        assertThat(request.getTarget()).isEqualTo("/teams/PT1/escalation_policies/PEP1");
        assertThat(request.getBodySize()).isZero();
    }

    @Test
    void membersArePagedAndKeyedByUser() {
        pagerDuty.enqueueJson("""
                {"members":[{"user":{"id":"PU1","type":"user_reference"},"role":"manager"},
                            {"user":{"id":"PU2","type":"user_reference"},"role":"responder"}],"more":true}""");
        pagerDuty.enqueueJson("""
                {"members":[{"user":{"id":"PU2","type":"user_reference"},"role":"responder"}],"more":false}""");

        assertThat(pagerDuty.client.teams().members("PT1")).extracting(TeamMemberDto::role)
                .containsExactly("manager", "responder");
    }

    @Test
    void findByNameKeepsOnlyExactNames() {
        pagerDuty.enqueueJson("""
                {"teams":[{"id":"PT1","name":"Ops Tokyo"},{"id":"PT2","name":"Ops Tokyo Night"}],"more":false}""");

        assertThat(pagerDuty.client.teams().findByName("Ops Tokyo")).extracting(TeamDto::id).containsExactly("PT1");
        assertThat(pagerDuty.take().getUrl().queryParameter("query")).isEqualTo("Ops Tokyo");
    }
}
