package io.pdgitops.diff;

/**
 * An object as PagerDuty has it, in the same model as the YAML, with its PagerDuty id.
 *
 * @param object normalised as {@link LiveState} describes
 */
public record LiveObject<T>(String id, T object) {
}
