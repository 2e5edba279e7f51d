package io.pdgitops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.pagerduty.dto.UserDto;
import io.pdgitops.pagerduty.dto.VendorDto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UsersAndVendorsTest {

    private final MockPagerDuty pagerDuty = new MockPagerDuty();

    @AfterEach
    void close() {
        pagerDuty.close();
    }

    @Test
    void findsTheUserWhoseEmailMatchesExactlyAmongLooseMatches() {
        pagerDuty.enqueueJson("""
                {"users":[{"id":"PU1","name":"Joann","email":"joann+pd@example.com"},
                          {"id":"PU2","name":"Ann","email":"Ann+PD@Example.com"}],"more":false}""");

        UserDto user = pagerDuty.client.users().findByEmail("ann+pd@example.com").orElseThrow();

        assertThat(user.id()).isEqualTo("PU2");
        assertThat(pagerDuty.take().getTarget()).contains("query=ann%2Bpd%40example.com");
    }

    @Test
    void noExactMatchIsEmpty() {
        pagerDuty.enqueueJson("{\"users\":[{\"id\":\"PU1\",\"email\":\"joann@example.com\"}],\"more\":false}");

        assertThat(pagerDuty.client.users().findByEmail("ann@example.com")).isEmpty();
    }

    @Test
    void findsAVendorByNameIgnoringCaseAcrossPages() {
        pagerDuty.enqueueJson(ClientPagingTest.page("vendors", 0, 100, true));
        pagerDuty.enqueueJson("{\"vendors\":[{\"id\":\"PNAGIOS\",\"name\":\"Nagios\"}],\"more\":false}");

        VendorDto vendor = pagerDuty.client.vendors().findByName("nagios").orElseThrow();

        assertThat(vendor.id()).isEqualTo("PNAGIOS");
        assertThat(pagerDuty.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void abilitiesAreAPlainList() {
        pagerDuty.enqueueJson("{\"abilities\":[\"teams\",\"urgencies\"]}");

        assertThat(pagerDuty.client.abilities()).containsExactly("teams", "urgencies");
    }
}
