package io.pdgitops.state;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Revisions, an inventory and a history record shared by the state store tests. */
final class StateSamples {

    static final Instant T0 = Instant.parse("2026-03-01T09:30:00Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    static final String REV_A = "6113728f27ae82c7b1a177c8d03f9e96e0adf246";
    static final String REV_B = "da1560886d4f094c3e6c9ef40349f7d38b5d27d7";
    static final Set<InventoryEntry> APPLIED = Set.of(InventoryEntry.of("Team", "Ops Tokyo"),
            InventoryEntry.of("Service", "Payments API"), InventoryEntry.integration("Payments API", "Nagios"));

    private StateSamples() {
    }

    static SyncRecord record(String revision, SyncOutcome outcome) {
        return new SyncRecord(0, T0, T0.plusSeconds(12), SyncTrigger.PUSH_WEBHOOK, revision, "Hanako Sato",
                "Add payments service", outcome,
                List.of(new StepResult("1", "create", "Team 'Ops Tokyo'", StepResultStatus.SUCCEEDED, null),
                        new StepResult("2", "create", "Service 'Payments API'", StepResultStatus.FAILED, "HTTP 400: name taken"),
                        new StepResult("3", "create", "Integration 'Nagios' of 'Payments API'", StepResultStatus.SKIPPED,
                                "depends on step 2")),
                List.of());
    }
}
