package io.pdgitops.load;

import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.Roster;
import io.pdgitops.model.User;
import io.pdgitops.validate.Violation;
import java.util.List;

/**
 * What one file adds to a revision, found from the file's path, its bytes and the repository's settings alone:
 * the same inputs always give the same result, which is what lets {@link FileLoadCache} keep it. Rules that look
 * across files run later, on the whole model.
 *
 * @param objects the documents that passed schema and value checks, in file order
 * @param rosters the rosters among them, before they are compiled into schedules
 * @param maintenanceWindows the maintenance windows among them (no other document refers to one)
 * @param users the User documents among them (no other document refers to one: references are by email)
 * @param declaredButInvalid identities of documents left out, so references to them are not reported twice
 * @param violations every problem of this file, with its line
 * @param documentCount documents in the file that hold something, broken ones included
 */
record FileLoad(List<DeclaredObject> objects, List<Roster> rosters, List<MaintenanceWindow> maintenanceWindows,
        List<User> users, List<ObjectKey> declaredButInvalid, List<Violation> violations, int documentCount) {

    FileLoad {
        objects = List.copyOf(objects);
        rosters = List.copyOf(rosters);
        maintenanceWindows = List.copyOf(maintenanceWindows);
        users = List.copyOf(users);
        declaredButInvalid = List.copyOf(declaredButInvalid);
        violations = List.copyOf(violations);
    }

    static FileLoad failed(Violation violation) {
        return new FileLoad(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(violation), 0);
    }
}
