package io.pdgitops.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules find what they are meant to find, named so a reader can act on it. */
class LayerRulesTest {

    private static SourceFile file(String name, String text) {
        return SourceFile.parse(name + ".java", text);
    }

    @Test
    void aCoreClassImportingAnAdapterIsNamedWithTheImport() {
        SourceFile planner = file("Planner", """
                package io.pdgitops.plan;
                import io.pdgitops.pagerduty.PagerDutyClient;
                final class Planner {}
                """);

        assertThat(LayerRules.coreFindings(List.of(planner))).containsExactly(
                "io.pdgitops.plan.Planner imports io.pdgitops.pagerduty.PagerDutyClient"
                        + " (the core must not use an adapter or the edge)");
    }

    @Test
    void aFullyQualifiedNameInCodeCountsButOneInACommentOrStringDoesNot() {
        SourceFile diff = file("Differ", """
                package io.pdgitops.diff;
                /** See {@link io.pdgitops.cli.Main}. */
                final class Differ {
                    String where = "io.pdgitops.service.SyncRun";
                    io.pdgitops.live.LiveStateReader reader; // io.pdgitops.api.Thing
                }
                """);

        assertThat(LayerRules.coreFindings(List.of(diff))).singleElement().asString()
                .startsWith("io.pdgitops.diff.Differ imports io.pdgitops.live.LiveStateReader");
    }

    @Test
    void theCoreMayNotReadTheClockTheDiskOrAFramework() {
        SourceFile drift = file("Ages", """
                package io.pdgitops.drift;
                import java.nio.file.Files;
                import jakarta.inject.Inject;
                final class Ages { long now() { return java.time.Instant.now().getEpochSecond(); } }
                """);

        assertThat(LayerRules.coreFindings(List.of(drift))).anySatisfy(finding -> assertThat(finding).contains("Files"))
                .anySatisfy(finding -> assertThat(finding).contains("jakarta.inject.Inject"))
                .anySatisfy(finding -> assertThat(finding).contains("Instant.now("));
    }

    @Test
    void anAdapterUsingTheEdgeAndTheClientUsingTheSandboxAreFound() {
        SourceFile reporter = file("Reporter", """
                package io.pdgitops.review;
                import io.pdgitops.service.SyncRun;
                final class Reporter {}
                """);
        SourceFile client = file("Client", """
                package io.pdgitops.pagerduty;
                import io.pdgitops.sandbox.Sandbox;
                final class Client {}
                """);

        assertThat(LayerRules.adapterFindings(List.of(reporter, client))).containsExactly(
                "io.pdgitops.review.Reporter imports io.pdgitops.service.SyncRun"
                        + " (adapters must not use the service, the API or the CLI)");
        assertThat(LayerRules.clientFindings(List.of(reporter, client))).containsExactly(
                "io.pdgitops.pagerduty.Client imports io.pdgitops.sandbox.Sandbox"
                        + " (the PagerDuty client must not use the sandbox)");
    }

    @Test
    void aCycleIsReportedWithTheImportsOnEachEdge() {
        SourceFile a = file("A", "package io.pdgitops.diff;\nimport io.pdgitops.load.B;\nclass A {}\n");
        SourceFile b = file("B", "package io.pdgitops.load;\nimport io.pdgitops.diff.A;\nclass B {}\n");
        SourceFile c = file("C", "package io.pdgitops.model;\nclass C {}\n");

        assertThat(new PackageCycles(List.of(a, b, c)).describe()).containsExactly("""
                cycle among [io.pdgitops.diff, io.pdgitops.load]:
                  io.pdgitops.diff -> io.pdgitops.load: io.pdgitops.diff.A imports io.pdgitops.load.B
                  io.pdgitops.load -> io.pdgitops.diff: io.pdgitops.load.B imports io.pdgitops.diff.A""");
        assertThat(new PackageCycles(List.of(a, c)).describe()).isEmpty();
    }

    @Test
    void aPackageOutsideEveryLayerIsNamed() {
        SourceFile stray = file("Stray", "package io.pdgitops.misc;\nclass Stray {}\n");

        assertThat(LayerRules.unplacedPackages(List.of(stray))).singleElement().asString()
                .startsWith("io.pdgitops.misc.Stray is in package io.pdgitops.misc");
    }
}
