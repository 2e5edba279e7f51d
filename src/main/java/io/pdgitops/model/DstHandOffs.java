package io.pdgitops.model;

/**
 * How PagerDuty counts a layer's whole-day turns across a daylight saving change ({@code
 * schedules.dst_hand_offs} in {@code pd-gitops.yaml}). PagerDuty does not document it; one setting decides it for
 * every command that renders or settles a schedule, and for the sandbox, so that all of them agree and the choice can
 * be changed in one place once a real account's {@code POST /schedules/preview} has shown which one holds.
 */
public enum DstHandOffs {
    /** A turn of whole days hands off at the same local wall-clock time before and after the change (the default). */
    LOCAL_TIME,
    /** Every turn lasts its exact elapsed length, so a hand-off moves by the change on the wall clock. */
    ELAPSED_TIME;

    /** The spelling in {@code pd-gitops.yaml}. */
    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
