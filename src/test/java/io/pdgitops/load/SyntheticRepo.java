package io.pdgitops.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a valid repository of {@code groups} x (team, schedule, policy, service), 50 groups per file. */
final class SyntheticRepo {

    private SyntheticRepo() {
    }

    static void write(Path root, int groups) throws IOException {
        StringBuilder file = new StringBuilder();
        for (int g = 0; g < groups; g++) {
            file.append("""
                    kind: Team
                    name: Team %1$d
                    ---
                    kind: Schedule
                    name: Schedule %1$d
                    time_zone: Asia/Tokyo
                    teams: [Team %1$d]
                    layers:
                      - name: Day
                        start: 2026-01-05T09:00:00+09:00
                        rotation_turn_length: 1d
                        users: [a%1$d@example.com, b%1$d@example.com]
                        restrictions: [{type: weekly, start_day_of_week: mon, start_time_of_day: "09:00", duration: 9h}]
                    ---
                    kind: EscalationPolicy
                    name: Policy %1$d
                    teams: [Team %1$d]
                    rules:
                      - escalation_delay: 30m
                        targets: [{schedule: Schedule %1$d}, {user: lead%1$d@example.com}]
                    ---
                    kind: Service
                    name: Service %1$d
                    escalation_policy: Policy %1$d
                    auto_resolve_timeout: 4h
                    acknowledgement_timeout: null
                    integrations:
                      - {name: Nagios, type: nagios}
                      - {name: Mail, type: email, integration_email: svc%1$d@acme.pagerduty.com}
                    ---
                    """.formatted(g));
            if (g % 50 == 49 || g == groups - 1) {
                Files.writeString(root.resolve("group-" + (g / 50) + ".yaml"), file);
                file.setLength(0);
            }
        }
    }
}
