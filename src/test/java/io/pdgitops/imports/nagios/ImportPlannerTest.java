package io.pdgitops.imports.nagios;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportPlannerTest {

    private static ImportedService service(String name) {
        return new ImportedService(name, "d", "host `" + name + "`", "Ops", IntegrationChoice.NAGIOS,
                Optional.empty(), List.of(name), 0);
    }

    @Test
    void aServiceDeclaredByHandIsLeftAloneAndANewFileNeverReplacesAnother() {
        ImportPlanner.Repository repository = new ImportPlanner.Repository(Map.of(),
                Set.of("nagios/web.yaml", "nagios/web-2.yaml"),
                Map.of("Shop", new SourceLocation("services/shop.yaml", 3, 1)));

        List<FileAction> actions = ImportPlanner.plan(List.of(service("Shop"), service("web")), "nagios", "tokyo",
                repository, true);

        assertThat(actions).extracting(a -> a.kind() + " " + a.path() + " " + a.detail()).containsExactly(
                "CONFLICT services/shop.yaml declared by hand at services/shop.yaml:3; left alone",
                "CREATE nagios/web-3.yaml new");
    }

    @Test
    void aGeneratedFileKeepsItsPathWhereverItWasMoved() {
        String old = GeneratedFile.write("kind: Service\nname: web\nescalation_policy: Old\n", "tokyo");
        ImportPlanner.Repository repository = new ImportPlanner.Repository(Map.of("moved/web.yaml", old),
                Set.of("moved/web.yaml"), Map.of("web", new SourceLocation("moved/web.yaml", 3, 1)));

        List<FileAction> actions = ImportPlanner.plan(List.of(service("web")), "nagios", "tokyo", repository, false);

        assertThat(actions).extracting(a -> a.kind() + " " + a.path()).containsExactly("UPDATE moved/web.yaml");
        assertThat(actions.get(0).content().orElseThrow()).contains("escalation_policy: Ops");
    }

    @Test
    void staleIsPerServerAndAnotherServersServiceIsNeverRewritten() {
        String tokyoWeb = GeneratedFile.write("kind: Service\nname: web\nescalation_policy: Ops\n", "tokyo");
        String tokyoDb = GeneratedFile.write("kind: Service\nname: db\nescalation_policy: Ops\n", "tokyo");
        String osakaMail = GeneratedFile.write("kind: Service\nname: mail\nescalation_policy: Ops\n", "osaka");
        ImportPlanner.Repository repository = new ImportPlanner.Repository(
                Map.of("nagios/web.yaml", tokyoWeb, "nagios/db.yaml", tokyoDb, "nagios/mail.yaml", osakaMail),
                Set.of("nagios/web.yaml", "nagios/db.yaml", "nagios/mail.yaml"),
                Map.of("web", new SourceLocation("nagios/web.yaml", 3, 1),
                        "db", new SourceLocation("nagios/db.yaml", 3, 1),
                        "mail", new SourceLocation("nagios/mail.yaml", 3, 1)));

        List<FileAction> fromOsaka = ImportPlanner.plan(List.of(service("mail"), service("web")), "nagios", "osaka",
                repository, true);

        assertThat(fromOsaka).extracting(a -> a.kind() + " " + a.path()).containsExactly(
                "UPDATE nagios/mail.yaml", "CONFLICT nagios/web.yaml");
        assertThat(fromOsaka.get(1).detail()).startsWith("imported from tokyo");

        List<FileAction> fromTokyo = ImportPlanner.plan(List.of(service("web")), "nagios", "tokyo", repository,
                false);

        assertThat(fromTokyo).extracting(a -> a.kind() + " " + a.path()).containsExactly(
                "UPDATE nagios/web.yaml", "STALE nagios/db.yaml");
        assertThat(GeneratedFile.source(fromTokyo.get(0).content().orElseThrow())).contains("tokyo");
    }
}
