package io.pdgitops.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.CustomHeader;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.WebhookFilter;
import io.pdgitops.model.WebhookSubscription;
import io.pdgitops.testing.AcmeServices;
import io.pdgitops.validate.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WebhookSubscription documents become model objects; bad filters, URLs, events and headers are found at their line. */
class WebhookSubscriptionLoadingTest {

    /** A subscription's first lines, before its filter: the part most cases share. */
    private static final String TICKETING = """
            ---
            kind: WebhookSubscription
            name: Acme ticketing
            url: https://tickets.acme.example/pagerduty
            """;

    @TempDir
    Path repo;

    @Test
    void aDocumentKeepsEveryFieldAndComesAfterTheServicesItNames() throws IOException {
        write(AcmeServices.YAML + TICKETING + """
                events: [incident.triggered, incident.resolved]
                filter: {service: Acme Web}
                active: false
                custom_headers:
                  - {name: X-Api-Key, value_from_env: ACME_TICKETS_KEY}
                oauth_client: Acme ITSM
                """);

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.violations()).isEmpty();
        WebhookSubscription tickets = result.state().webhookSubscription("Acme ticketing").orElseThrow();
        assertThat(tickets.url()).isEqualTo("https://tickets.acme.example/pagerduty");
        assertThat(tickets.events()).containsExactly("incident.triggered", "incident.resolved");
        assertThat(tickets.filter()).isEqualTo(WebhookFilter.service("Acme Web"));
        assertThat(tickets.active()).contains(false);
        assertThat(tickets.customHeaders()).contains(List.of(new CustomHeader("X-Api-Key", "ACME_TICKETS_KEY")));
        assertThat(tickets.oauthClient()).contains("Acme ITSM");
        assertThat(tickets.temporarilyDisabled()).isFalse();
        assertThat(tickets.description()).isEmpty();
        assertThat(result.state().objects()).last().isEqualTo(tickets);
        assertThat(tickets.kind()).isEqualTo(ObjectKind.WEBHOOK_SUBSCRIPTION);
    }

    @Test
    void teamAndAccountFiltersAndLeftOutFields() throws IOException {
        write("""
                kind: Team
                name: Ops Tokyo
                ---
                kind: WebhookSubscription
                name: Tokyo chat
                url: https://chat.example/hook
                events: [incident.triggered]
                filter: {team: Ops Tokyo}
                ---
                kind: WebhookSubscription
                name: Audit log
                url: https://audit.example/hook
                events: [service.created, service.deleted]
                filter: {account: true}
                """);

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.violations()).isEmpty();
        WebhookSubscription chat = result.state().webhookSubscription("Tokyo chat").orElseThrow();
        assertThat(chat.filter()).isEqualTo(WebhookFilter.team("Ops Tokyo"));
        assertThat(chat.active()).isEmpty();
        assertThat(chat.customHeaders()).isEqualTo(Optional.empty());
        assertThat(result.state().webhookSubscription("Audit log").orElseThrow().filter())
                .isEqualTo(WebhookFilter.account());
    }

    @Test
    void unknownServicesAndTeamsInTheFilterAreDanglingAtTheirLine() throws IOException {
        String text = AcmeServices.YAML + TICKETING + """
                events: [incident.triggered]
                filter:
                  service: Acme Wbe
                ---
                kind: WebhookSubscription
                name: Osaka chat
                url: https://chat.example/hook
                events: [incident.triggered]
                filter:
                  team: Ops Osaka
                """;
        write(text);

        List<String> problems = ConfigLoader.load(repo).violations().stream().map(Violation::format).toList();

        assertThat(problems).containsExactly(
                "hooks.yaml:" + lineOf(text, "service: Acme Wbe") + ":12: error dangling-reference Service `Acme Wbe` "
                        + "is not declared in this repository; did you mean `Acme Web`?",
                "hooks.yaml:" + lineOf(text, "team: Ops Osaka") + ":9: error dangling-reference Team `Ops Osaka` "
                        + "is not declared in this repository");
    }

    @Test
    void aPlainHttpUrlAnUnknownEventAndTwoFiltersAreRefusedAtTheirLines() throws IOException {
        String text = AcmeServices.YAML + """
                ---
                kind: WebhookSubscription
                name: Acme ticketing
                url: http://tickets.acme.example/pagerduty
                events: [incident.triggered, incident.trigered]
                filter: {service: Acme Web, account: true}
                """;
        write(text);

        List<Violation> problems = ConfigLoader.load(repo).violations();

        assertThat(problems).extracting(violation -> violation.code().id())
                .containsExactlyInAnyOrder("invalid-format", "invalid-value", "schema-violation");
        assertThat(problems).extracting(violation -> violation.location().line()).containsExactlyInAnyOrder(
                lineOf(text, "url:"), lineOf(text, "events:"), lineOf(text, "filter:"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem.message()).contains("did you mean `incident.triggered`"));
    }

    @Test
    void aHeaderNamedTwiceIgnoringCaseIsADuplicateAndAPlainValueIsAnUnknownField() throws IOException {
        String text = AcmeServices.YAML + TICKETING + """
                events: [incident.triggered]
                filter: {service: Acme Web}
                custom_headers:
                  - {name: X-Api-Key, value_from_env: ACME_KEY}
                  - {name: x-api-key, value_from_env: ACME_OTHER_KEY}
                """;
        write(text);

        List<String> problems = ConfigLoader.load(repo).violations().stream().map(Violation::format).toList();

        assertThat(problems).containsExactly("hooks.yaml:" + lineOf(text, "name: x-api-key") + ":12: error "
                + "duplicate-header custom header `x-api-key` is declared twice in WebhookSubscription `Acme ticketing`");

        write(text.replace("value_from_env: ACME_OTHER_KEY", "value: s3cr3t-in-git"));
        assertThat(ConfigLoader.load(repo).violations()).extracting(violation -> violation.code().id())
                .contains("unknown-field");
    }

    @Test
    void aDuplicateNameIsReportedWhereTheSecondIsDeclared() throws IOException {
        String hook = """
                ---
                kind: WebhookSubscription
                name: Audit log
                url: https://audit.example/hook
                events: [service.created]
                filter: {account: true}
                """;
        String text = hook + hook;
        write(text);

        List<String> problems = ConfigLoader.load(repo).violations().stream().map(Violation::format).toList();

        int first = lineOf(text, "name: Audit log");
        int second = text.substring(0, text.lastIndexOf("name: Audit log")).split("\n", -1).length;
        assertThat(problems).containsExactly("hooks.yaml:" + second + ":7: error "
                + "duplicate-name WebhookSubscription `Audit log` is already declared at hooks.yaml:" + first + ":7");
    }

    private static int lineOf(String text, String fragment) {
        return text.substring(0, text.indexOf(fragment)).split("\n", -1).length;
    }

    @Test
    void settingsMayIgnoreTheFlagPagerDutySetsOnADisabledSubscription() throws IOException {
        write(AcmeServices.YAML + TICKETING + """
                events: [incident.triggered]
                filter: {account: true}
                """);
        Files.writeString(repo.resolve("pd-gitops.yaml"), """
                ignore_differences:
                  - {kind: WebhookSubscription, name: Acme ticketing, fields: [delivery_method.temporarily_disabled]}
                """);

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.violations()).isEmpty();
        assertThat(result.state().settings().ignoreDifferences()).singleElement().satisfies(ignore -> {
            assertThat(ignore.appliesTo(ObjectKind.WEBHOOK_SUBSCRIPTION, "Acme ticketing")).isTrue();
            assertThat(ignore.appliesTo(ObjectKind.SERVICE, "Acme ticketing")).isFalse();
            assertThat(ignore.fields()).containsExactly("delivery_method.temporarily_disabled");
        });
    }

    private void write(String text) throws IOException {
        Files.writeString(repo.resolve("hooks.yaml"), text);
    }
}
