package io.pdgitops.validate;

import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.FieldPath;
import io.pdgitops.model.ObjectKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names are the identity of objects: one name per kind. */
final class NameRules {

    private NameRules() {
    }

    static void check(DesiredState state, List<Violation> violations) {
        Map<ObjectKey, DeclaredObject> first = new HashMap<>();
        for (DeclaredObject object : state.objects()) {
            DeclaredObject earlier = first.putIfAbsent(ObjectKey.of(object), object);
            if (earlier != null) {
                violations.add(Violation.error(ViolationCode.DUPLICATE_NAME,
                        object.origin().locationOf(FieldPath.of("name")),
                        object.kind().yamlName() + " `" + object.name() + "` is already declared at "
                                + earlier.origin().locationOf(FieldPath.of("name"))));
            }
        }
    }
}
