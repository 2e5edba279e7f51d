package io.pdgitops.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.BusinessService;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.testing.AcmeServices;
import io.pdgitops.validate.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BusinessService documents become model objects; wrong names, duplicates and typos are reported at their line. */
class BusinessServiceLoadingTest {

    private static final String TEAM = """
            ---
            kind: Team
            name: Ops Tokyo
            """;

    @TempDir
    Path repo;

    @Test
    void aDocumentKeepsEveryFieldAndComesAfterTheServicesItNames() throws IOException {
        write(AcmeServices.YAML + TEAM + """
                ---
                kind: BusinessService
                name: Acme online shop
                description: What Acme's customers buy through
                point_of_contact: Acme service desk
                team: Ops Tokyo
                supported_by: [Acme Web, Acme Mail]
                """);

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.violations()).isEmpty();
        BusinessService shop = result.state().businessService("Acme online shop").orElseThrow();
        assertThat(shop.description()).contains("What Acme's customers buy through");
        assertThat(shop.pointOfContact()).contains("Acme service desk");
        assertThat(shop.team()).contains("Ops Tokyo");
        assertThat(shop.supportedBy()).contains(List.of("Acme Web", "Acme Mail"));
        assertThat(result.state().objects()).last().isEqualTo(shop);
        assertThat(shop.kind()).isEqualTo(ObjectKind.BUSINESS_SERVICE);
    }

    @Test
    void leftOutFieldsAreNotManaged() throws IOException {
        write(AcmeServices.YAML + """
                ---
                kind: BusinessService
                name: Acme online shop
                """);

        BusinessService shop = ConfigLoader.load(repo).state().businessServices().get(0);

        assertThat(shop.team()).isEmpty();
        assertThat(shop.supportedBy()).isEqualTo(Optional.empty());
        assertThat(shop.pointOfContact()).isEmpty();
    }

    @Test
    void unknownServicesAndTeamsAreDanglingAtTheirLine() throws IOException {
        String text = AcmeServices.YAML + """
                ---
                kind: BusinessService
                name: Acme online shop
                team: Ops Osaka
                supported_by: [Acme Web, Acme Wbe]
                """;
        write(text);

        List<String> problems = ConfigLoader.load(repo).violations().stream().map(Violation::format).toList();

        assertThat(problems).containsExactly(
                "shop.yaml:" + lineOf(text, "team: Ops Osaka") + ":7: error dangling-reference Team `Ops Osaka` is not declared in this repository",
                "shop.yaml:" + lineOf(text, "supported_by:") + ":26: error dangling-reference Service `Acme Wbe` is not declared in this repository; did you mean `Acme Web`?");
    }

    @Test
    void aServiceListedTwiceIsADuplicateItemAtItsList() throws IOException {
        String text = AcmeServices.YAML + """
                ---
                kind: BusinessService
                name: Acme online shop
                supported_by: [Acme Web, Acme Web]
                """;
        write(text);

        List<Violation> problems = ConfigLoader.load(repo).violations();

        assertThat(problems).extracting(violation -> violation.code().id()).containsExactly("duplicate-item");
        assertThat(problems.get(0).location().line()).isEqualTo(lineOf(text, "supported_by"));
    }

    @Test
    void aDuplicateNameIsReportedWhereTheSecondIsDeclared() throws IOException {
        String shop = """
                ---
                kind: BusinessService
                name: Acme online shop
                """;
        String text = AcmeServices.YAML + shop + shop;
        write(text);

        List<String> problems = ConfigLoader.load(repo).violations().stream().map(Violation::format).toList();

        int first = lineOf(text, "name: Acme online shop");
        assertThat(problems).containsExactly("shop.yaml:" + (first + 3) + ":7: error duplicate-name BusinessService "
                + "`Acme online shop` is already declared at shop.yaml:" + first + ":7");
    }

    @Test
    void aTypoInAFieldIsAnUnknownField() throws IOException {
        write(AcmeServices.YAML + """
                ---
                kind: BusinessService
                name: Acme online shop
                supported: [Acme Web]
                """);

        assertThat(ConfigLoader.load(repo).violations()).extracting(violation -> violation.code().id())
                .containsExactly("unknown-field");
    }

    private static int lineOf(String text, String fragment) {
        return text.substring(0, text.indexOf(fragment)).split("\n", -1).length;
    }

    private void write(String text) throws IOException {
        Files.writeString(repo.resolve("shop.yaml"), text);
    }
}
