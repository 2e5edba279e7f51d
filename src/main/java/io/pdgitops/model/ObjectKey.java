package io.pdgitops.model;

/** The identity of a declared object: names are unique per kind. */
public record ObjectKey(ObjectKind kind, String name) {

    public static ObjectKey of(DeclaredObject object) {
        return new ObjectKey(object.kind(), object.name());
    }

    @Override
    public String toString() {
        return kind.yamlName() + " `" + name + "`";
    }
}
