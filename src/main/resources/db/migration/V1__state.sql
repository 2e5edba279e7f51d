-- The state of the PostgreSQL store: one row holding the same document as the file store's state.json, so that
-- both stores share one format and one set of transitions (io.pdgitops.state.SyncState), and every change
-- (revision, inventory, marker, history) is one row update in one transaction.
CREATE TABLE pd_gitops_state (
    id smallint PRIMARY KEY CHECK (id = 1),
    document jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
