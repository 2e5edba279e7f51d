package io.pdgitops.reconcile;

import static io.pdgitops.reconcile.WebhookSubscriptionStates.TICKETING;
import static io.pdgitops.reconcile.WebhookSubscriptionStates.ticketing;
import static io.pdgitops.reconcile.WebhookSubscriptionStates.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.WebhookSubscriptionFields;
import io.pdgitops.export.Export;
import io.pdgitops.export.ExportFilter;
import io.pdgitops.export.ExportedFile;
import io.pdgitops.export.Exporter;
import io.pdgitops.export.UnexpressedSetting;
import io.pdgitops.live.LiveStateReader;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.CustomHeader;
import io.pdgitops.model.WebhookSubscription;
import io.pdgitops.pagerduty.dto.DeliveryMethodDto;
import io.pdgitops.pagerduty.dto.OAuthClientWrite;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.WebhookSubscriptionDto;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.validate.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An account's webhook subscriptions export to documents that validate and plan no change. */
class WebhookSubscriptionExportTest {

    @TempDir
    Path repo;

    private final SandboxAccount account = new SandboxAccount(CallBudgetTest.USERS);

    @Test
    void exportValidatesAndPlansNoChangeWithPlaceholdersForHeaderValues() throws IOException {
        Reconciler reconciler = account.reconciler().withEnvironment(WebhookSubscriptionStates.ENVIRONMENT);
        assertThat(reconciler.apply(reconciler.plan(with(ticketing()), Inventory.none(),
                new PlanOptions(false, 10, false)), outcome -> { }).succeeded()).isTrue();
        String nowhere = account.client.services().findByName("Kaede Web").get(0).id();
        account.client.webhookSubscriptions().create(WebhookSubscriptionDto.create("Dangling",
                DeliveryMethodDto.http("https://dangling.example", null), List.of("incident.triggered"),
                Reference.to("service", nowhere), null));
        account.client.services().delete(nowhere);

        Export export = exportEverything();
        LoadResult loaded = written(export);

        assertThat(loaded.violations()).filteredOn(Violation::isError).extracting(Violation::format).isEmpty();
        WebhookSubscription exported = loaded.state().webhookSubscription(TICKETING).orElseThrow();
        assertThat(exported.url()).isEqualTo(ticketing().url());
        assertThat(exported.customHeaders()).contains(List.of(
                new CustomHeader("X-Api-Key", "PD_WEBHOOK_KAEDE_TICKETING_X_API_KEY")));
        assertThat(loaded.state().webhookSubscription("Dangling")).isEmpty();
        assertThat(export.files()).filteredOn(file -> file.path().endsWith("export-report.txt")).singleElement()
                .satisfies(report -> assertThat(report.text()).contains("Dangling", "PD_WEBHOOK_KAEDE_TICKETING_X_API_KEY"));
        assertThat(account.reconciler().plan(loaded.state(), Inventory.none(), new PlanOptions(false, 10, false))
                .plan().steps()).isEmpty();
    }

    @Test
    void aSubscriptionPagerDutyDisabledIsExportedAsDeclaredAndTheFirstPlanEnablesIt() throws IOException {
        Reconciler reconciler = account.reconciler().withEnvironment(WebhookSubscriptionStates.ENVIRONMENT);
        assertThat(reconciler.apply(reconciler.plan(with(ticketing()), Inventory.none(),
                new PlanOptions(false, 10, false)), outcome -> { }).succeeded()).isTrue();
        String id = account.client.webhookSubscriptions().findByName(TICKETING).get(0).id();
        account.disableWebhookSubscription(id);

        Export export = exportEverything();
        LoadResult loaded = written(export);

        assertThat(loaded.violations()).filteredOn(Violation::isError).extracting(Violation::format).isEmpty();
        assertThat(loaded.state().webhookSubscription(TICKETING)).hasValueSatisfying(exported -> {
            assertThat(exported.url()).isEqualTo(ticketing().url());
            assertThat(exported.temporarilyDisabled()).isFalse();
        });
        assertThat(export.unexpressed()).filteredOn(setting -> setting.object().name().equals(TICKETING))
                .extracting(UnexpressedSetting::field).contains(WebhookSubscriptionFields.TEMPORARILY_DISABLED);
        assertThat(Files.readString(repo.resolve("export-report.txt"))).contains(TICKETING,
                WebhookSubscriptionFields.TEMPORARILY_DISABLED);
        assertThat(reconciler.plan(loaded.state(), Inventory.none(), new PlanOptions(false, 10, false)).plan().steps())
                .singleElement().satisfies(step -> {
                    assertThat(step.liveId()).contains(id);
                    assertThat(step.changes()).extracting(FieldChange::path)
                            .containsExactly(WebhookSubscriptionFields.TEMPORARILY_DISABLED);
                });
    }

    @Test
    void aSubscriptionsOAuthClientIsExportedByNameAndPlansNoChange() throws IOException {
        account.client.oauthClients().create(OAuthClientWrite.clientCredentials("Kaede ITSM", "pagerduty",
                "oauth-client-secret-77aa", null, "https://itsm.kaede.example/token"));
        Reconciler reconciler = account.reconciler().withEnvironment(WebhookSubscriptionStates.ENVIRONMENT);
        assertThat(reconciler.apply(reconciler.plan(with(WebhookSubscriptionStates.withOAuthClient(ticketing(),
                "Kaede ITSM")), Inventory.none(), new PlanOptions(false, 10, false)), outcome -> { }).succeeded()).isTrue();

        Export export = exportEverything();
        LoadResult loaded = written(export);

        assertThat(loaded.violations()).filteredOn(Violation::isError).extracting(Violation::format).isEmpty();
        assertThat(loaded.state().webhookSubscription(TICKETING).orElseThrow().oauthClient()).contains("Kaede ITSM");
        assertThat(export.files()).noneMatch(file -> file.text().contains("oauth-client-secret-77aa"));
        assertThat(reconciler.plan(loaded.state(), Inventory.none(), new PlanOptions(false, 10, false)).plan().steps())
                .isEmpty();
    }

    private Export exportEverything() {
        LiveStateReader reader = new LiveStateReader(account.client);
        return Exporter.export(reader.withAllWebhooks(reader.fetch(team -> true, false)), Instant.now(),
                ExportFilter.everything());
    }

    private LoadResult written(Export export) throws IOException {
        for (ExportedFile file : export.files()) {
            Files.createDirectories(repo.resolve(file.path()).getParent());
            Files.writeString(repo.resolve(file.path()), file.text());
        }
        return ConfigLoader.load(repo);
    }
}
