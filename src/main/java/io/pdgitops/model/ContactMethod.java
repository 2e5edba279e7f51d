package io.pdgitops.model;

/**
 * One way to reach a user. Rules name it by {@code label}, which is unique among the user's contact methods, as it is
 * how a live contact method is matched back to its declaration.
 *
 * @param address an email address, or for phone and SMS a {@link PhoneNumber} as written ({@code +81 3-1234-5678})
 */
public record ContactMethod(String label, ContactType type, String address) {
}
