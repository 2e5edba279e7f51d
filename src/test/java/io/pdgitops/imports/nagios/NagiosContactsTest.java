package io.pdgitops.imports.nagios;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NagiosContactsTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final List<ContactTarget> TARGETS = List.of(
            new ContactTarget("Kaede Bank Web", IntegrationChoice.NAGIOS, KEY),
            new ContactTarget("naniwa-mail", IntegrationChoice.EMAIL, "naniwa-mail@acme.pagerduty.com"));

    @Test
    void contactsAndCommandsFollowPagerDutysNagiosGuide() throws IOException {
        GoldenFiles.assertMatchesExpected(Path.of("src/test/resources/nagios/contacts"),
                NagiosContacts.render(TARGETS));
    }

    @Test
    void theOutputIsNagiosSyntaxThatReadsBackToTheKey() {
        List<NagiosProblem> problems = new ArrayList<>();
        List<Definition> definitions = ObjectFileParser.parse("c.cfg", NagiosContacts.render(TARGETS), problems);

        assertThat(problems).isEmpty();
        assertThat(definitions).filteredOn(d -> d.type().equals("contact"))
                .extracting(d -> d.value("contact_name").orElseThrow() + " " + d.value("pager").orElse("-"))
                .containsExactly("pagerduty-kaede-bank-web " + KEY, "pagerduty-naniwa-mail -");
    }

    @Test
    void servicesWhoseNamesMakeOneSlugGetDistinctContacts() {
        List<Definition> definitions = ObjectFileParser.parse("c.cfg", NagiosContacts.render(List.of(
                new ContactTarget("Web Shop", IntegrationChoice.NAGIOS, KEY),
                new ContactTarget("web-shop", IntegrationChoice.NAGIOS, KEY))), new ArrayList<>());

        assertThat(definitions).filteredOn(d -> d.type().equals("contact"))
                .extracting(d -> d.value("contact_name").orElseThrow())
                .containsExactly("pagerduty-web-shop", "pagerduty-web-shop-2");
    }

    @Test
    void theKeyNeverShowsInToString() {
        assertThat(TARGETS.get(0).toString()).doesNotContain(KEY).contains("(redacted)");
    }
}
