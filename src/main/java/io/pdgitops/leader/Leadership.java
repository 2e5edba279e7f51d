package io.pdgitops.leader;

import io.pdgitops.state.SyncTrigger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Whether this replica may write to PagerDuty and the state, and how the others reach the one that may. */
public interface Leadership {

    /** Whether this replica leads now, becoming the leader if nobody does; checked before each write. */
    boolean leads();

    /** The name of the replica that leads, if any does. */
    Optional<String> leader();

    /** Hands a sync request to the leader. */
    void handOff(SyncTrigger trigger);

    /** Waits up to {@code timeout} for requests handed off by other replicas and takes them; leader only. */
    List<SyncTrigger> takeRequests(Duration timeout);

    /** The one process of the file store: always the leader, nobody to hand off to. */
    static Leadership singleProcess(String replica) {
        return new Leadership() {
            @Override
            public boolean leads() {
                return true;
            }

            @Override
            public Optional<String> leader() {
                return Optional.of(replica);
            }

            @Override
            public void handOff(SyncTrigger trigger) {
                throw new IllegalStateException("a single process has no leader to hand a sync to");
            }

            @Override
            public List<SyncTrigger> takeRequests(Duration timeout) {
                return List.of();
            }
        };
    }
}
