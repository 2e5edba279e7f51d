package io.pdgitops.state;

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
        int byKind = kind.compareTo(other.kind);
        if (byKind != 0) {
            return byKind;
        }
        int byService = (service == null ? "" : service).compareTo(other.service == null ? "" : other.service);
        return byService != 0 ? byService : name.compareTo(other.name);
    }
}
