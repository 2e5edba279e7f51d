package io.pdgitops.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.ContactMethod;
import io.pdgitops.model.ContactType;
import io.pdgitops.model.HandoffRule;
import io.pdgitops.model.HandoffWhen;
import io.pdgitops.model.NotificationRule;
import io.pdgitops.model.Origin;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User documents written as YAML load back to the same users, lists left out staying out. */
class UserDocumentTest {

    @TempDir
    Path repo;

    @Test
    void writtenUsersLoadBackUnchanged() throws IOException {
        User yuko = new User("yuko.matsumoto@example.com",
                Optional.of(List.of(new ContactMethod("Work phone", ContactType.PHONE, "+81 312345678"),
                        new ContactMethod("Work mail", ContactType.EMAIL, "yuko.matsumoto@example.com"))),
                Optional.of(List.of(new NotificationRule("high", Duration.ofMinutes(5), "Work phone"))),
                Optional.of(List.of(new HandoffRule(HandoffWhen.ONCALL_END, Duration.ZERO, "Work mail"))),
                Optional.of(List.of("Shift-Leader", "site-tokyo")), Origin.at(SourceLocation.startOf("x.yaml")));
        User kenji = new User("kenji.sato@example.com", Optional.of(List.of()), Optional.empty(), Optional.empty(),
                Origin.at(SourceLocation.startOf("x.yaml")));
        Files.writeString(repo.resolve("pd-gitops.yaml"), "manage_users: true\n");
        Files.writeString(repo.resolve("people.yaml"), UserDocument.file(List.of("exported"), List.of(yuko, kenji)));

        LoadResult loaded = ConfigLoader.load(repo);

        assertThat(loaded.violations()).isEmpty();
        assertThat(loaded.state().users()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            User read = loaded.state().users().get(i);
            User written = List.of(yuko, kenji).get(i);
            assertThat(read.email()).isEqualTo(written.email());
            assertThat(read.contactMethods()).isEqualTo(written.contactMethods());
            assertThat(read.notificationRules()).isEqualTo(written.notificationRules());
            assertThat(read.handoffNotifications()).isEqualTo(written.handoffNotifications());
            assertThat(read.tags()).isEqualTo(written.tags());
        }
    }
}
