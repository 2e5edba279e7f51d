package io.pdgitops.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prune-with-inventory case deletes a service its inventory says services/payments.yaml declared. */
class UnreadDeclarationsTest {

    private static final Path CASE = Path.of("src/test/resources/plan/prune-with-inventory");

    @Test
    void aDeleteWhoseDeclaringFileIsPresentButUnreadRefusesThePlan(@TempDir Path scratch) throws IOException {
        Plan readable = new GoldenPlanCase(CASE).plan(scratch);
        PlanStep delete = readable.steps().stream()
                .filter(step -> step.action() == StepAction.DELETE && step.declaredIn().isPresent())
                .findFirst().orElseThrow();
        String file = delete.declaredIn().orElseThrow();

        Plan plan = new GoldenPlanCase(CASE).plan(scratch, Set.of(file));

        assertThat(plan.status()).isEqualTo(PlanStatus.REFUSED);
        assertThat(plan.refusal()).get().asString()
                .contains(delete.key().toString(), delete.liveId().orElseThrow(), file);
        assertThat(plan.steps()).noneMatch(step -> step.action() == StepAction.DELETE);
    }

    @Test
    void anUnreadFileThatDeclaredNoCandidateChangesNothing(@TempDir Path scratch) throws IOException {
        Plan readable = new GoldenPlanCase(CASE).plan(scratch);

        Plan plan = new GoldenPlanCase(CASE).plan(scratch, Set.of("teams/elsewhere.yaml"));

        assertThat(plan).isEqualTo(readable);
    }
}
