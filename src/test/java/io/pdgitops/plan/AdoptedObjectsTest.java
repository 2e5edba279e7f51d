package io.pdgitops.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.LiveState;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.diff.UserDirectory;
import io.pdgitops.model.BusinessService;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Origin;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.WebhookFilter;
import io.pdgitops.model.WebhookSubscription;
import io.pdgitops.oncall.Schedules;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdoptedObjectsTest {

    private static final Schedule OPS = Schedules.rotation("Ops", Duration.ofDays(1), List.of("a@example.com"));
    private static final Schedule NIGHT = Schedules.rotation("Night", Duration.ofDays(7), List.of("n@example.com"));
    private static final ResourceKey OPS_KEY = new ResourceKey(ResourceKind.SCHEDULE, "Ops", Optional.empty());
    private static final LiveState TWO_OPS = live(new LiveObject<>("P1", OPS), new LiveObject<>("P2", OPS),
            new LiveObject<>("P3", NIGHT));

    @SafeVarargs
    private static LiveState live(LiveObject<Schedule>... schedules) {
        return new LiveState(List.of(), List.of(schedules), List.of(), List.of(), Map.of(), UserDirectory.empty());
    }

    private static List<String> scheduleIds(LiveState state) {
        return state.schedules().stream().map(LiveObject::id).toList();
    }

    @Test
    void theAdoptedIdIsTheOnlyLiveObjectOfItsNameAndOtherNamesAreUntouched() {
        LiveState narrowed = AdoptedObjects.narrow(TWO_OPS, Map.of(OPS_KEY, "P2"));

        assertThat(scheduleIds(narrowed)).containsExactly("P2", "P3");
    }

    @Test
    void aPinWhoseIdIsGoneOrRenamedHidesNothing() {
        assertThat(scheduleIds(AdoptedObjects.narrow(TWO_OPS, Map.of(OPS_KEY, "PGONE"))))
                .as("a deleted pin must not make the plan create a third copy").containsExactly("P1", "P2", "P3");
        assertThat(scheduleIds(AdoptedObjects.narrow(TWO_OPS, Map.of(OPS_KEY, "P3"))))
                .as("P3 is named Night, not Ops").containsExactly("P1", "P2", "P3");
    }

    @Test
    void adoptionNamesTheDeclaredObjectAndTheIdsLeftAlone() {
        DesiredState desired = new DesiredState(RepoSettings.defaults(), List.of(), List.of(OPS), List.of(), List.of(), 1);

        Adoption adoption = Adoption.of(ResourceKind.SCHEDULE, "P1", desired, TWO_OPS);

        assertThat(adoption.key()).isEqualTo(OPS_KEY);
        assertThat(adoption.others()).containsExactly("P2");
    }

    @Test
    void anUnknownIdAnIdOfAnotherKindAndAnUndeclaredNameAreRefusedSayingWhy() {
        DesiredState desired = new DesiredState(RepoSettings.defaults(), List.of(), List.of(OPS), List.of(), List.of(), 1);

        assertThatThrownBy(() -> Adoption.of(ResourceKind.SCHEDULE, "PNOPE", desired, TWO_OPS))
                .isInstanceOf(Adoption.RefusedException.class).hasMessage("PagerDuty has no Schedule with id PNOPE");
        assertThatThrownBy(() -> Adoption.of(ResourceKind.SERVICE, "P1", desired, TWO_OPS))
                .hasMessage("PagerDuty has no Service with id P1: it is a Schedule (`Ops`)");
        assertThatThrownBy(() -> Adoption.of(ResourceKind.SCHEDULE, "P3", desired, TWO_OPS))
                .hasMessageContaining("Schedule P3 is named `Night`, and the repository declares no Schedule of that name");
    }

    @Test
    void aBusinessServiceIsAdoptedAndNarrowedLikeAnyOtherKind() {
        BusinessService banking = new BusinessService("Banking", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Origin.at(SourceLocation.startOf("b.yaml")));
        LiveState twoBanking = new LiveState(List.of(), List.of(), List.of(), List.of(), Map.of(), UserDirectory.empty(),
                List.of(), List.of(new LiveObject<>("PB1", banking), new LiveObject<>("PB2", banking)));
        DesiredState desired = new DesiredState(RepoSettings.defaults(), List.of(), List.of(), List.of(), List.of(), 1,
                List.of(), List.of(), List.of(banking));

        Adoption adoption = Adoption.of(ResourceKind.BUSINESS_SERVICE, "PB2", desired, twoBanking);

        assertThat(adoption.others()).containsExactly("PB1");
        assertThat(AdoptedObjects.narrow(twoBanking, Map.of(adoption.key(), "PB2")).businessServices())
                .extracting(LiveObject::id).containsExactly("PB2");
    }

    @Test
    void aWebhookSubscriptionSharingItsDescriptionIsAdoptedAndNarrowed() {
        WebhookSubscription tickets = new WebhookSubscription("Tickets", "https://t.example", List.of("incident.triggered"),
                WebhookFilter.account(), Optional.empty(), Optional.empty(), Origin.at(SourceLocation.startOf("w.yaml")));
        LiveState twoTickets = new LiveState(List.of(), List.of(), List.of(), List.of(), Map.of(), UserDirectory.empty(),
                List.of(), List.of(), List.of(new LiveObject<>("PW1", tickets), new LiveObject<>("PW2", tickets)));
        DesiredState desired = new DesiredState(RepoSettings.defaults(), List.of(), List.of(), List.of(), List.of(), 1,
                List.of(), List.of(), List.of(), List.of(tickets));

        Adoption adoption = Adoption.of(ResourceKind.WEBHOOK_SUBSCRIPTION, "PW1", desired, twoTickets);

        assertThat(adoption.others()).containsExactly("PW2");
        assertThat(AdoptedObjects.narrow(twoTickets, Map.of(adoption.key(), "PW1")).webhookSubscriptions())
                .extracting(LiveObject::id).containsExactly("PW1");
    }
}
