package io.pdgitops.reconcile;

import io.pdgitops.model.BusinessService;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.Service;
import io.pdgitops.model.Target;
import io.pdgitops.model.Team;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A team, a policy and three services of one customer, with whatever business services a test declares on them. */
final class BusinessServiceStates {

    static final List<String> SERVICES = List.of("Kaede Web", "Kaede DB", "Kaede Batch");
    static final String TEAM = "Kaede Ops";
    static final String BANKING = "Kaede online banking";

    private BusinessServiceStates() {
    }

    static BusinessService banking(Optional<String> team, Optional<List<String>> supportedBy) {
        return new BusinessService(BANKING, Optional.of("What Kaede Bank's customers log in to"),
                Optional.of("Kaede service desk"), team, supportedBy, CallBudgetTest.ORIGIN);
    }

    static BusinessService banking(List<String> supportedBy) {
        return banking(Optional.empty(), Optional.of(supportedBy));
    }

    static DesiredState with(BusinessService... business) {
        Team team = new Team(TEAM, Optional.empty(), Optional.empty(), Optional.empty(), CallBudgetTest.ORIGIN);
        EscalationPolicy policy = new EscalationPolicy("Kaede Primary", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(),
                List.of(new EscalationRule(Duration.ofMinutes(30), List.of(Target.user("ann@example.com")))),
                CallBudgetTest.ORIGIN);
        List<Service> services = SERVICES.stream().map(name -> new Service(name, Optional.empty(), "Kaede Primary",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), CallBudgetTest.ORIGIN)).toList();
        return new DesiredState(RepoSettings.defaults(), List.of(team), List.of(), List.of(policy), services, 1,
                List.of(), List.of(), List.of(business));
    }
}
