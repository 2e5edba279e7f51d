package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class PagingTest {

    private final TestSandbox pd = new TestSandbox();

    @Test
    void defaultLimitIs25AndTotalIsNullUnlessAsked() {
        JsonNode page = pd.get("/users").body();
        assertThat(page.path("limit").asInt()).isEqualTo(25);
        assertThat(page.path("offset").asInt()).isZero();
        assertThat(page.path("more").asBoolean()).isFalse();
        assertThat(page.path("total").isNull()).isTrue();
        assertThat(pd.get("/users?total=true").body().path("total").asInt()).isEqualTo(5);
    }

    @Test
    void limitAbove100IsClampedTo100() {
        assertThat(pd.get("/users?limit=500").body().path("limit").asInt()).isEqualTo(100);
    }

    @Test
    void moreIsTrueWhileRecordsRemainAndOffsetSkips() {
        JsonNode first = pd.get("/users?limit=2").body();
        JsonNode last = pd.get("/users?limit=2&offset=4").body();
        assertThat(first.path("users")).hasSize(2);
        assertThat(first.path("more").asBoolean()).isTrue();
        assertThat(last.path("users")).hasSize(1);
        assertThat(last.path("more").asBoolean()).isFalse();
        assertThat(last.path("offset").asInt()).isEqualTo(4);
    }

    @Test
    void pagesPastTenThousandRecordsAreRefused() {
        assertThat(pd.get("/users?limit=100&offset=9900").status()).isEqualTo(200);
        TestSandbox.Result refused = pd.get("/users?limit=100&offset=9901");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error().path("code").asInt()).isEqualTo(2001);
    }

    @Test
    void nonNumericLimitIsInvalid() {
        assertThat(pd.get("/users?limit=lots").status()).isEqualTo(400);
    }
}
