package io.pdgitops.diff;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The PagerDuty users the plan may mention, so that people are shown as {@code Name <email>}. */
public record UserDirectory(Map<String, String> namesByEmail) {

    public UserDirectory {
        Map<String, String> lowerCased = new TreeMap<>();
        namesByEmail.forEach((email, name) -> lowerCased.put(email.toLowerCase(Locale.ROOT), name));
        namesByEmail = Map.copyOf(lowerCased);
    }

    public static UserDirectory empty() {
        return new UserDirectory(Map.of());
    }

    /** {@code Name <email>} when the user is known, otherwise the email alone. */
    public String display(String email) {
        String name = namesByEmail.get(email.toLowerCase(Locale.ROOT));
        return name == null ? email : name + " <" + email + ">";
    }
}
