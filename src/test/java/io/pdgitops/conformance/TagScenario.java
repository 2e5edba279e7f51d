package io.pdgitops.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyException;
import io.pdgitops.pagerduty.dto.TagChange;
import io.pdgitops.pagerduty.dto.TagDto;
import io.pdgitops.pagerduty.dto.TeamWrite;
import java.util.List;

/**
 * Tags through the client: one created by label, a second label differing only in case refused, a label
 * added to a team by {@code change_tags} reusing the tag of that label, another created on the way, a
 * change sent twice changing nothing more, the entities of each type carrying a tag, a query, a removal, and a
 * deleted tag gone from its entities.
 */
final class TagScenario {

    private final PagerDutyClient pd;

    TagScenario(PagerDutyClient pd) {
        this.pd = pd;
    }

    void run() {
        TagDto acme = pd.tags().create("Acme");
        assertThat(pd.tags().get(acme.id()).label()).isEqualTo("Acme");
        assertThatThrownBy(() -> pd.tags().create("ACME"))
                .isInstanceOf(PagerDutyException.class).hasMessageContaining("HTTP 400");
        String team = pd.teams().create(TeamWrite.named("Tagged Team", null)).id();
        String taro = pd.users().findByEmail("taro@example.com").orElseThrow().id();

        TagChange add = new TagChange(List.of(TagDto.labelled("acme"), TagDto.labelled("tier-1")), List.of());
        pd.tags().change("teams", team, add);
        pd.tags().change("teams", team, add);
        pd.tags().change("users", taro, new TagChange(List.of(TagDto.reference(acme.id())), List.of()));
        assertThat(pd.tags().of("teams", team)).extracting(TagDto::label).containsExactly("Acme", "tier-1");
        assertThat(pd.tags().entities(acme.id(), "teams")).containsExactly(team);
        assertThat(pd.tags().entities(acme.id(), "users")).containsExactly(taro);
        assertThat(pd.tags().entities(acme.id(), "escalation_policies")).isEmpty();
        assertThat(pd.tags().list("TIER")).extracting(TagDto::label).containsExactly("tier-1");
        String tier = pd.tags().list("tier-1").get(0).id();

        pd.tags().change("teams", team, new TagChange(List.of(), List.of(TagDto.reference(tier))));
        assertThat(pd.tags().of("teams", team)).extracting(TagDto::id).containsExactly(acme.id());
        pd.tags().delete(acme.id());
        assertThat(pd.tags().of("teams", team)).isEmpty();
        assertThat(pd.tags().of("users", taro)).isEmpty();
        assertThat(pd.tags().list(null)).extracting(TagDto::id).containsExactly(tier);
        pd.tags().delete(tier);
        pd.teams().delete(team);
    }
}
