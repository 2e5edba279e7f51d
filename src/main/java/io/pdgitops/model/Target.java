package io.pdgitops.model;

/**
 * Who an escalation rule notifies.
 *
 * @param reference schedule name or user email
 */
public record Target(Type type, String reference) {

    public enum Type { SCHEDULE, USER }

    public static Target schedule(String name) {
        return new Target(Type.SCHEDULE, name);
    }

    public static Target user(String email) {
        return new Target(Type.USER, email);
    }
}
