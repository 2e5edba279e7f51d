package io.pdgitops.state;

import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;

/**
 * One object this tool applied: identified by kind and name, except integrations, which are identified by their
 * service and their own name.
 *
 * @param service the owning service for {@code kind == "Integration"}, otherwise null
 * @param file the repository file that declared it when it was applied; null when unknown (states written before
 *     files were recorded), which leaves its delete unnamed
 */
public record InventoryEntry(String kind, String name, String service, String file)
        implements Comparable<InventoryEntry> {

    public static final String INTEGRATION = "Integration";

    public InventoryEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (kind.equals(INTEGRATION) != (service != null)) {
            throw new IllegalArgumentException("an inventory entry has a service exactly when it is an integration: "
                    + kind + " '" + name + "'");
        }
    }

    /** An entry whose declaring file is not known. */
    public InventoryEntry(String kind, String name, String service) {
        this(kind, name, service, null);
    }

    public static InventoryEntry of(String kind, String name) {
        return new InventoryEntry(kind, name, null);
    }

    public static InventoryEntry integration(String service, String name) {
        return new InventoryEntry(INTEGRATION, name, service);
    }

    public InventoryEntry declaredIn(String declaringFile) {
        return new InventoryEntry(kind, name, service, declaringFile);
    }

    @Override
    public int compareTo(InventoryEntry other) {
        // By kind, then service ("" for none), then name; spelled out because the state holds thousands of entries
        // and is sorted on every sync.
        int byKind = compare(kind, other.kind);
        if (byKind != 0) {
            return byKind;
        }
        int byService = compare(service == null ? "" : service, other.service == null ? "" : other.service);
        return byService != 0 ? byService : compare(name, other.name);
    }

    /** Kinds and service names are mostly the very same strings: those need no look at their characters. */
    private static int compare(String a, String b) {
        return a == b ? 0 : a.compareTo(b);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof InventoryEntry entry && same(kind, entry.kind)
                && same(name, entry.name) && same(service, entry.service) && same(file, entry.file);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, service, file);
    }

    /**
     * Whether two collections hold equal entries in the same order, files included: a sorted set's own equality
     * compares keys alone.
     */
    public static boolean sameInOrder(Collection<InventoryEntry> a, Collection<InventoryEntry> b) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        Iterator<InventoryEntry> other = b.iterator();
        for (InventoryEntry entry : a) {
            if (!entry.equals(other.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(String a, String b) {
        return a == b || a != null && a.equals(b);
    }
}
