-- Syncs asked of a follower (webhook, manual), handed to the leader: a row here plus NOTIFY pd_gitops_sync, which
-- wakes the leader at once. The leader takes rows with DELETE ... RETURNING, so each is taken once.
CREATE TABLE pd_gitops_sync_request (
    id bigserial PRIMARY KEY,
    trigger text NOT NULL,
    requested_by text NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT now()
);
