package io.pdgitops.sandbox;

import java.util.List;

/** {@code /abilities}: the features of the emulated account (a generous plan, without round robin). */
final class AbilitiesResource {

    static final List<String> ABILITIES = List.of("teams", "read_only_users", "service_support_hours", "urgencies",
            "manage_schedules", "team_responder_role", "permissions_service", "preview_incident_alert_grouping");

    void register(Routes routes) {
        routes.add("GET", "/abilities", call -> {
                    var body = Json.object();
                    ABILITIES.forEach(body.putArray("abilities")::add);
                    return RouteReply.ok(body);
                })
                .add("GET", "/abilities/{id}", call -> {
                    if (!ABILITIES.contains(call.id())) {
                        // PagerDuty's answer for an ability the account's plan lacks.
                        throw new PagerDutyError(402, 2012, "Account does not have the abilities to perform the action",
                                List.of("The account does not have the ability '" + call.id() + "'"));
                    }
                    return RouteReply.noContent();
                });
    }
}
