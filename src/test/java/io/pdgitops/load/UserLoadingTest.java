package io.pdgitops.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.ContactMethod;
import io.pdgitops.model.ContactType;
import io.pdgitops.model.HandoffRule;
import io.pdgitops.model.HandoffWhen;
import io.pdgitops.model.NotificationRule;
import io.pdgitops.model.User;
import io.pdgitops.validate.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User documents load only with manage_users: true, keep every list as declared, and leave out what is not managed. */
class UserLoadingTest {

    private static final String YUKO = """
            kind: User
            email: yuko.matsumoto@example.com
            contact_methods:
              - {label: Work phone, type: phone, address: "+81 3-1234-5678"}
              - {label: Work mail, type: email, address: yuko.matsumoto@example.com}
            notification_rules:
              - {urgency: high, after: 0m, via: Work mail}
              - {urgency: high, after: 5m, via: Work phone}
            handoff_notifications:
              - {when: oncall_start, advance: 30m, via: Work mail}
              - {when: oncall_end, via: Work phone}
            """;

    @TempDir
    Path repo;

    @Test
    void aDocumentKeepsItsContactMethodsAndRulesInOrder() throws IOException {
        write("pd-gitops.yaml", "manage_users: true\n");
        write("people.yaml", YUKO);

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.violations()).isEmpty();
        assertThat(result.state().settings().manageUsers()).isTrue();
        User yuko = result.state().users().get(0);
        assertThat(yuko.email()).isEqualTo("yuko.matsumoto@example.com");
        assertThat(yuko.contactMethods()).contains(List.of(
                new ContactMethod("Work phone", ContactType.PHONE, "+81 3-1234-5678"),
                new ContactMethod("Work mail", ContactType.EMAIL, "yuko.matsumoto@example.com")));
        assertThat(yuko.notificationRules()).contains(List.of(
                new NotificationRule("high", Duration.ZERO, "Work mail"),
                new NotificationRule("high", Duration.ofMinutes(5), "Work phone")));
        assertThat(yuko.handoffNotifications()).contains(List.of(
                new HandoffRule(HandoffWhen.ONCALL_START, Duration.ofMinutes(30), "Work mail"),
                new HandoffRule(HandoffWhen.ONCALL_END, Duration.ZERO, "Work phone")));
        assertThat(result.state().objects()).as("a user is referenced, never an object of the plan order").isEmpty();
    }

    @Test
    void listsLeftOutAreNotManaged() throws IOException {
        write("pd-gitops.yaml", "manage_users: true\n");
        write("people.yaml", """
                kind: User
                email: kenji.sato@example.com
                contact_methods: []
                """);

        User kenji = ConfigLoader.load(repo).state().users().get(0);

        assertThat(kenji.contactMethods()).contains(List.of());
        assertThat(kenji.notificationRules()).isEqualTo(Optional.empty());
        assertThat(kenji.handoffNotifications()).isEqualTo(Optional.empty());
    }

    @Test
    void tagsAreKeptAsWrittenAnEmptyListIsNoTagsAndLeftOutTheyAreNotManaged() throws IOException {
        write("pd-gitops.yaml", "manage_users: true\n");
        write("people.yaml", """
                kind: User
                email: ana@example.com
                tags: [Shift-Leader, customer-acme]
                ---
                kind: User
                email: bo@example.com
                tags: []
                ---
                kind: User
                email: cy@example.com
                contact_methods: []
                """);

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.violations()).isEmpty();
        assertThat(result.state().users()).extracting(User::tags).containsExactly(
                Optional.of(List.of("Shift-Leader", "customer-acme")), Optional.of(List.of()), Optional.empty());
    }

    @Test
    void aLabelThatIsNoStringIsASchemaErrorAtItsLine() throws IOException {
        write("pd-gitops.yaml", "manage_users: true\n");
        write("people.yaml", "kind: User\nemail: ana@example.com\ntags:\n  - shift-leader\n  - {site: tokyo}\n");

        List<String> problems = ConfigLoader.load(repo).violations().stream().map(Violation::format).toList();

        assertThat(problems).singleElement().asString().startsWith("people.yaml:5:").contains("wrong-type");
    }

    @Test
    void withoutTheSettingTheDocumentIsRefusedWithHowToOptIn() throws IOException {
        write("people.yaml", YUKO);

        List<Violation> problems = ConfigLoader.load(repo).violations();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.format()).startsWith("people.yaml:1:7: error users-not-managed");
            assertThat(problem.format()).contains("`manage_users: true`");
        });
    }

    @Test
    void anUnknownUrgencyAndAnUnknownHandOffAreSchemaErrorsAtTheirLine() throws IOException {
        write("pd-gitops.yaml", "manage_users: true\n");
        write("people.yaml", YUKO.replace("urgency: high, after: 5m", "urgency: urgent, after: 5m")
                .replace("when: oncall_end", "when: offcall"));

        List<String> problems = ConfigLoader.load(repo).violations().stream().map(Violation::format).toList();

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("people.yaml:8:").contains("invalid-value");
        assertThat(problems.get(1)).startsWith("people.yaml:11:").contains("invalid-value");
    }

    @Test
    void aPhoneNumberNeverAppearsInItsOwnError() throws IOException {
        write("pd-gitops.yaml", "manage_users: true\n");
        write("people.yaml", YUKO.replace("+81 3-1234-5678", "03-9876-5432"));

        List<String> problems = ConfigLoader.load(repo).violations().stream().map(Violation::format).toList();

        assertThat(problems).singleElement().asString().contains("invalid-phone-number").doesNotContain("9876");
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(repo.resolve(file), text);
    }
}
