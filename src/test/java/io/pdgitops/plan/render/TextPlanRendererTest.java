package io.pdgitops.plan.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPlanRendererTest {

    @Test
    void usesNoEscapeCodesUnlessAskedForColour() {
        assertThat(new TextPlanRenderer(false).render(SamplePlans.small())).doesNotContain("\u001b");
    }

    @Test
    void coloursCreatesGreenUpdatesYellowAndDeletesRed() {
        String text = new TextPlanRenderer(true).render(SamplePlans.small());

        assertThat(text).contains("\u001b[32m+ create Team `Ops Tokyo`\u001b[0m")
                .contains("\u001b[33m~ update Service `Payments API` [PSVC1] (after 1)\u001b[0m")
                .contains("\u001b[31m- delete EscalationPolicy `Old | Retired` [PEP9] (after 2)\u001b[0m");
    }

    @Test
    void showsTheSummaryWhenTheOnlyNewsIsAnAmbiguity() {
        assertThat(new TextPlanRenderer(false).render(SamplePlans.withAmbiguity()))
                .startsWith("Plan: 0 to create, 0 to update, 0 to delete, 4 unchanged, 1 ambiguous.\n\nNotes:\n");
    }
}
