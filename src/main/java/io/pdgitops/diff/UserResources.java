package io.pdgitops.diff;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * User documents as diff resources, one per user: an update when the user's contact methods, rules or tags differ
 * from the document, with each write as a field change so that every plan and drift rendering shows it. Apply reads
 * the user again and works the changes out afresh ({@link UserContactDiff}), so the plan need not carry them.
 */
final class UserResources {

    private UserResources() {
    }

    /** Nothing without {@code manage_users}, and nothing for a user the account lacks (the plan reports those). */
    static List<ResourceDiff> between(DesiredState desired, LiveState live) {
        List<ResourceDiff> resources = new ArrayList<>();
        if (!desired.settings().manageUsers()) {
            return resources;
        }
        for (User user : desired.users()) {
            LiveUserContacts contacts = live.contacts().get(user.email().toLowerCase(Locale.ROOT));
            if (contacts == null) {
                continue;
            }
            List<FieldChange> changes = new ArrayList<>(
                    UserContactDiff.between(user, contacts).stream().map(ContactChange::shown).toList());
            tags(user, contacts).ifPresent(changes::add);
            resources.add(new ResourceDiff(ResourceKey.user(user.email()),
                    changes.isEmpty() ? DiffAction.NO_OP : DiffAction.UPDATE, List.of(contacts.userId()), changes));
        }
        return resources;
    }

    /** Declared tags against the user's, as sets of labels without regard to case, as PagerDuty matches them. */
    private static Optional<FieldChange> tags(User user, LiveUserContacts live) {
        if (user.tags().isEmpty()) {
            return Optional.empty();
        }
        FlatValue declared = Values.nameSet(user.tags().get());
        FlatValue found = Values.nameSet(live.tags().orElse(List.of()));
        return declared.key().equals(found.key()) ? Optional.empty()
                : Optional.of(FieldChange.of("tags", declared.display(), found.display()));
    }
}
