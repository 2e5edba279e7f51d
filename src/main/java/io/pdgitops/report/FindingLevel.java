package io.pdgitops.report;

/** How much a finding matters, in the three levels every report format can express. */
public enum FindingLevel {
    /** Makes the revision invalid or the plan refused: nothing is applied. */
    ERROR,
    /** Worth a look; does not stop anything. */
    WARNING,
    /** Information, such as a step of a plan. */
    NOTE
}
