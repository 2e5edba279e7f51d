package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /oncalls} answers from the same rendering as {@code GET /schedules/{id}}'s final schedule. */
class OnCallsResourceTest {

    private static final Duration WEEK = Duration.ofDays(7);

    private final TestSandbox pd = new TestSandbox();
    private String taro;
    private String hanako;
    private String jiro;
    private String schedule;
    private String policy;

    @BeforeEach
    void weeklyRotationThenJiro() {
        taro = pd.userId("taro@example.com");
        hanako = pd.userId("hanako@example.com");
        jiro = pd.userId("jiro@example.com");
        Instant start = TestSandbox.START;
        schedule = pd.post("/schedules", """
                {"schedule":{"type":"schedule","name":"Weekly","time_zone":"Asia/Tokyo","schedule_layers":[{"start":"%1$s",
                 "rotation_virtual_start":"%1$s","rotation_turn_length_seconds":%2$d,
                 "users":[{"user":{"id":"%3$s","type":"user_reference"}},{"user":{"id":"%4$s","type":"user_reference"}}]}]}}"""
                .formatted(start, WEEK.toSeconds(), taro, hanako)).body().path("schedule").path("id").asText();
        policy = pd.post("/escalation_policies", """
                {"escalation_policy":{"type":"escalation_policy","name":"Weekly then Jiro","escalation_rules":[
                 {"escalation_delay_in_minutes":30,"targets":[{"id":"%s","type":"schedule_reference"}]},
                 {"escalation_delay_in_minutes":30,"targets":[{"id":"%s","type":"user_reference"}]}]}}"""
                .formatted(schedule, jiro)).body().path("escalation_policy").path("id").asText();
        // Mid-shift, so that the shift under way started before "now".
        pd.clock.advance(Duration.ofDays(10));
    }

    private JsonNode onCalls(String query) {
        TestSandbox.Result answer = pd.get("/oncalls?escalation_policy_ids[]=" + policy + query);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body().path("oncalls");
    }

    /** The final schedule's entries over a range, read the way a user of the schedules API would. */
    private JsonNode finalEntries(Instant since, Instant until) {
        return pd.get("/schedules/" + schedule + "?time_zone=UTC&since=" + since + "&until=" + until).body()
                .path("schedule").path("final_schedule").path("rendered_schedule_entries");
    }

    private static List<String> users(JsonNode onCalls) {
        List<String> users = new ArrayList<>();
        onCalls.forEach(onCall -> users.add(onCall.path("user").path("id").asText()));
        return users;
    }

    @Test
    void nowListsTheScheduleHolderOnLevelOneWithTheWholeShiftAndTheUserTargetForGood() {
        Instant now = pd.clock.instant();
        JsonNode shiftNow = finalEntries(now.minus(WEEK), now.plus(WEEK)).findParents("user").stream()
                .filter(entry -> !Instant.parse(entry.path("start").asText()).isAfter(now)
                        && Instant.parse(entry.path("end").asText()).isAfter(now))
                .findFirst().orElseThrow();

        JsonNode answer = onCalls("&time_zone=UTC");

        assertThat(answer).hasSize(2);
        JsonNode levelOne = answer.get(0);
        assertThat(levelOne.path("escalation_level").asInt()).isEqualTo(1);
        assertThat(levelOne.path("schedule").path("id").asText()).isEqualTo(schedule);
        assertThat(levelOne.path("user").path("id").asText()).isEqualTo(shiftNow.path("user").path("id").asText());
        assertThat(levelOne.path("start").asText()).isEqualTo(shiftNow.path("start").asText());
        assertThat(levelOne.path("end").asText()).isEqualTo(shiftNow.path("end").asText());
        assertThat(Instant.parse(levelOne.path("start").asText())).isBefore(now);
        JsonNode levelTwo = answer.get(1);
        assertThat(levelTwo.path("escalation_level").asInt()).isEqualTo(2);
        assertThat(levelTwo.path("user").path("id").asText()).isEqualTo(jiro);
        assertThat(levelTwo.path("schedule").isNull()).isTrue();
        assertThat(levelTwo.path("start").isNull()).isTrue();
        assertThat(levelTwo.path("end").isNull()).isTrue();
    }

    @Test
    void aRangeListsEveryShiftThatOverlapsItInOrder() {
        Instant since = pd.clock.instant();
        Instant until = since.plus(Duration.ofDays(21));
        List<String> expected = users(finalEntries(since, until));

        JsonNode answer = onCalls("&schedule_ids[]=" + schedule + "&since=" + since + "&until=" + until);

        assertThat(users(answer)).isEqualTo(expected).contains(taro, hanako);
        answer.forEach(onCall -> assertThat(onCall.path("escalation_level").asInt()).isEqualTo(1));
    }

    @Test
    void scheduleFiltersDropUsersTargetedDirectlyUnlessNullIsAsked() {
        assertThat(users(onCalls("&schedule_ids[]=" + schedule))).doesNotContain(jiro);
        assertThat(users(onCalls("&schedule_ids[]=" + schedule + "&schedule_ids[]=null"))).contains(jiro);
        assertThat(users(onCalls("&user_ids[]=" + jiro))).containsExactly(jiro);
    }

    @Test
    void earliestKeepsTheFirstOnCallPerLevelAndUser() {
        Instant since = pd.clock.instant();
        String range = "&since=" + since + "&until=" + since.plus(Duration.ofDays(35));
        JsonNode all = onCalls(range);
        JsonNode earliest = onCalls(range + "&earliest=true");

        assertThat(users(earliest)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(users(all).stream().distinct().toList());
        assertThat(earliest.size()).isLessThan(all.size());
    }

    @Test
    void anOverridePagesItsUser() {
        Instant now = pd.clock.instant();
        pd.post("/schedules/" + schedule + "/overrides", """
                {"overrides":[{"start":"%s","end":"%s","user":{"id":"%s","type":"user_reference"}}]}"""
                .formatted(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)), jiro));

        JsonNode answer = onCalls("&schedule_ids[]=" + schedule + "&include[]=users");

        assertThat(users(answer)).containsExactly(jiro);
        assertThat(answer.get(0).path("user").path("email").asText()).isEqualTo("jiro@example.com");
    }

    @Test
    void rangesBackwardsOrTooFarAheadAreRefused() {
        Instant now = pd.clock.instant();
        assertThat(pd.get("/oncalls?since=" + now + "&until=" + now.minus(Duration.ofHours(1))).status()).isEqualTo(400);
        assertThat(pd.get("/oncalls?since=" + now + "&until=" + now.plus(Duration.ofDays(91))).status()).isEqualTo(400);
    }
}
