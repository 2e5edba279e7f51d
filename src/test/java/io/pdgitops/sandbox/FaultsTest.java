package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultsTest {

    private static List<String> outcomes(Faults faults, int requests) {
        TestSandbox pd = new TestSandbox(SandboxConfig.withToken(TestSandbox.TOKEN).withFaults(faults));
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            SandboxResponse response = pd.get("/abilities").response();
            seen.add(response.dropConnection() ? "drop" : Integer.toString(response.status()));
        }
        return seen;
    }

    @Test
    void sameSeedSameFaults() {
        Faults faults = new Faults(0, 0, 0.2, 0.1, 0, true, 42);
        List<String> first = outcomes(faults, 200);
        assertThat(outcomes(faults, 200)).isEqualTo(first);
        assertThat(first).contains("500", "drop", "200");
        long errors = first.stream().filter("500"::equals).count();
        assertThat(errors).isBetween(20L, 60L);
    }

    @Test
    void differentSeedDifferentFaults() {
        assertThat(outcomes(new Faults(0, 0, 0.3, 0.1, 0, true, 1), 100))
                .isNotEqualTo(outcomes(new Faults(0, 0, 0.3, 0.1, 0, true, 2), 100));
    }

    @Test
    void burstOf429sComesFirstWithOrWithoutHeaders() {
        assertThat(outcomes(new Faults(0, 0, 0, 0, 3, true, 1), 5)).containsExactly("429", "429", "429", "200", "200");

        TestSandbox bare = new TestSandbox(SandboxConfig.withToken(TestSandbox.TOKEN).withFaults(new Faults(0, 0, 0, 0, 1, false, 1)));
        SandboxResponse response = bare.get("/abilities").response();
        assertThat(response.status()).isEqualTo(429);
        assertThat(response.headers()).doesNotContainKey("ratelimit-reset");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void latencyIsFixedPlusSeededJitter() {
        TestSandbox pd = new TestSandbox(SandboxConfig.withToken(TestSandbox.TOKEN).withFaults(new Faults(100, 50, 0, 0, 0, true, 7)));
        for (int i = 0; i < 50; i++) {
            pd.get("/abilities");
        }
        assertThat(pd.sleeps).hasSize(50).allSatisfy(ms -> assertThat(ms).isBetween(100L, 150L));
        assertThat(pd.sleeps.stream().distinct().count()).isGreaterThan(5);
    }

    @Test
    void latencySetOnItsOwnKeepsTheOtherFaults() {
        TestSandbox pd = new TestSandbox(SandboxConfig.withToken(TestSandbox.TOKEN)
                .withFaults(new Faults(0, 0, 0, 0, 1, true, 1)).withLatency(150, 0));
        assertThat(pd.get("/abilities").status()).isEqualTo(429);
        assertThat(pd.get("/abilities").status()).isEqualTo(200);
        assertThat(pd.sleeps).containsExactly(150L, 150L);
    }

    @Test
    void aWriteWhoseAnswerIsLostIsDoneAndKeptWhileReadsAreAnswered() {
        TestSandbox pd = new TestSandbox(SandboxConfig.withToken(TestSandbox.TOKEN)
                .withFaults(new Faults(0, 0, 0, 0, 0, true, 1, 1.0, 0)));
        String user = pd.get("/users").body().path("users").get(0).path("id").asText();

        SandboxResponse created = pd.post("/escalation_policies", policy("Lost Answer", user)).response();

        assertThat(created.dropConnection()).isTrue();
        assertThat(pd.get("/escalation_policies?query=Lost").body().path("escalation_policies"))
                .extracting(policy -> policy.path("name").asText()).containsExactly("Lost Answer");
        assertThat(pd.get("/sandbox-admin/stats").body().at("/paths/~1escalation_policies/answers_lost").asLong())
                .isEqualTo(1);
    }

    @Test
    void aLostAnswerCanBeAServerErrorInsteadOfADroppedConnection() {
        int gatewayTimeout = 504;
        TestSandbox pd = new TestSandbox(SandboxConfig.withToken(TestSandbox.TOKEN)
                .withFaults(new Faults(0, 0, 0, 0, 0, true, 1, 1.0, gatewayTimeout)));
        String user = pd.get("/users").body().path("users").get(0).path("id").asText();

        SandboxResponse created = pd.post("/escalation_policies", policy("Timed Out", user)).response();

        assertThat(created.dropConnection()).isFalse();
        assertThat(created.status()).isEqualTo(gatewayTimeout);
        assertThat(pd.get("/escalation_policies?query=Timed").body().path("escalation_policies")).hasSize(1);
    }

    @Test
    void aRefusedWriteIsAnsweredEvenWhenAnswersAreLost() {
        TestSandbox pd = new TestSandbox(SandboxConfig.withToken(TestSandbox.TOKEN)
                .withFaults(new Faults(0, 0, 0, 0, 0, true, 1, 1.0, 0)));

        SandboxResponse refused = pd.post("/escalation_policies", policy("No Rules", "PUNKNOWN")).response();

        assertThat(refused.dropConnection()).isFalse();
        assertThat(refused.status()).isBetween(400, 499);
    }

    @Test
    void aLostAnswerStatusThatIsNoServerErrorIsRefused() {
        assertThatThrownBy(() -> new Faults(0, 0, 0, 0, 0, true, 1, 0.5, 404))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lostAnswerStatus");
    }

    private static String policy(String name, String userId) {
        return """
                {"escalation_policy":{"type":"escalation_policy","name":"%s","escalation_rules":[
                  {"escalation_delay_in_minutes":30,"targets":[{"id":"%s","type":"user_reference"}]}]}}"""
                .formatted(name, userId);
    }

    @Test
    void invalidRatesAreRefused() {
        assertThatThrownBy(() -> new Faults(0, 0, 1.5, 0, 0, true, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("errorRate");
    }
}
