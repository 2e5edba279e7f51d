package io.pdgitops.live;

import io.pdgitops.pagerduty.dto.TeamMemberDto;
import io.pdgitops.pagerduty.dto.UserDto;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Team members with their roles, kept between live reads of a long-running process so that a sync re-reads only
 * the teams whose membership may have changed. Who is in a team comes with every user list; a team is re-read when
 * that set differs from the one kept, when this process wrote to the team, and for every team once the kept reads
 * are older than the full-read interval, which is what catches a role changed in PagerDuty's web UI (no list has
 * roles). Shared by the reads of one process; every method is safe to call from several threads.
 */
public final class MemberCache {

    private record Kept(String teamName, List<TeamMemberDto> members) {
    }

    private final Duration fullReadInterval;
    private final Map<String, Kept> byTeamId = new HashMap<>();
    private Instant fullReadAt;

    /** @param fullReadInterval how old the kept members may get before every team is read again */
    public MemberCache(Duration fullReadInterval) {
        if (fullReadInterval.isNegative()) {
            throw new IllegalArgumentException("full read interval must not be negative, was " + fullReadInterval);
        }
        this.fullReadInterval = fullReadInterval;
    }

    /**
     * Starts a live read at {@code now}: when the kept reads are too old, forgets them all, so that the read
     * fetches every team.
     */
    synchronized void begin(Instant now) {
        if (fullReadAt == null || !now.isBefore(fullReadAt.plus(fullReadInterval))) {
            byTeamId.clear();
            fullReadAt = now;
        }
    }

    /**
     * The members kept for the team, when the user list {@code users} still puts the same users in it.
     *
     * @return null when the team must be read
     */
    synchronized List<TeamMemberDto> kept(String teamId, String teamName, List<UserDto> users) {
        Kept kept = byTeamId.get(teamId);
        if (kept == null || !kept.teamName().equals(teamName)) {
            return null;
        }
        Set<String> listed = MembersFromUsers.of(users, Set.of(teamId)).get(teamId).stream()
                .map(member -> member.user().id()).collect(Collectors.toSet());
        Set<String> held = kept.members().stream().map(member -> member.user().id())
                .collect(Collectors.toCollection(HashSet::new));
        return listed.equals(held) ? kept.members() : null;
    }

    synchronized void keep(String teamId, String teamName, List<TeamMemberDto> members) {
        byTeamId.put(teamId, new Kept(teamName, List.copyOf(members)));
    }

    /** Forgets the teams named {@code teamNames}, which this process just wrote: their next read goes to PagerDuty. */
    public synchronized void forget(Set<String> teamNames) {
        byTeamId.values().removeIf(kept -> teamNames.contains(kept.teamName()));
    }

    /** Forgets everything, as after a failure whose effect on PagerDuty is unknown. */
    public synchronized void clear() {
        byTeamId.clear();
        fullReadAt = null;
    }

}
