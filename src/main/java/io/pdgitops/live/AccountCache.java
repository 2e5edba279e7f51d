package io.pdgitops.live;

import io.pdgitops.diff.ServiceDiffMemo;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyException;
import io.pdgitops.pagerduty.dto.AuditRecordDto;
import io.pdgitops.pagerduty.dto.EscalationPolicyDto;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.ServiceDto;
import io.pdgitops.pagerduty.dto.TeamDto;
import io.pdgitops.pagerduty.dto.TeamMemberDto;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The account as a long-running process last read it, kept between syncs and brought up to date through
 * PagerDuty's audit trail: only the objects the trail names since the last look are read again, one call each.
 * Any doubt reads everything again: no earlier read, the full-read interval passed (the schedule that also
 * catches what the trail does not show), the trail refused (402 without the feature, 403 for a token without the
 * right, 5xx, a lost answer) or a window longer than the trail keeps. The trail is asked with an overlap, since a
 * record can show up a little after later ones; records already applied are skipped by id.
 */
public final class AccountCache {

    /** How far back before the newest record seen the trail is asked again. */
    static final Duration OVERLAP = Duration.ofMinutes(2);
    /** PagerDuty answers at most 31 days of trail a query. */
    static final Duration LONGEST_WINDOW = Duration.ofDays(30);

    /** How a refresh went, for logs and metrics. */
    public enum Refresh { FULL, AUDIT }

    private final Duration fullReadInterval;
    private LiveRecords records;
    private Instant fullReadAt;
    /** Newest execution time the trail showed, in PagerDuty's clock. */
    private Instant watermark;
    /** Ids of the records already applied, with their execution time, to skip them in the overlap. */
    private final Map<String, Instant> applied = new HashMap<>();
    /**
     * Objects kept from the answers of this process's last apply, by trail key ({@code type/id}), with the number of
     * writes made to each: the trail records them too, and records matching them one for one need no read.
     */
    private final Map<String, Integer> ownWrites = new HashMap<>();
    private Refresh last;
    /** The models of the kept service records: records the trail left alone are not mapped again. */
    private final ServiceMappings serviceMappings = new ServiceMappings();
    /** The differences last found for each service: a service unchanged on both sides is not compared again. */
    private final ServiceDiffMemo serviceDiffs = new ServiceDiffMemo();

    public AccountCache(Duration fullReadInterval) {
        this.fullReadInterval = fullReadInterval;
    }

    /** What the last diff against the kept account found for each service. */
    public ServiceDiffMemo serviceDiffs() {
        return serviceDiffs;
    }

    /** What the kept service records were last mapped to. */
    public ServiceMappings serviceMappings() {
        return serviceMappings;
    }

    /**
     * The account now: the kept records brought up to date through the trail, or {@code fullRead}'s answer.
     *
     * @param readMembers which teams' members (by team name) the caller needs with their roles
     */
    synchronized LiveRecords refresh(PagerDutyClient client, Supplier<LiveRecords> fullRead,
            Predicate<String> readMembers, Function<TeamDto, List<TeamMemberDto>> members, Instant now) {
        if (records != null && now.isBefore(fullReadAt.plus(fullReadInterval))) {
            try {
                LiveRecords updated = fromTrail(client, readMembers, members, now);
                if (updated != null) {
                    records = updated;
                    last = Refresh.AUDIT;
                    return updated;
                }
            } catch (PagerDutyException e) {
                // The trail or a re-read failed: what changed is unknown, so everything is read again.
            }
        }
        applied.clear();
        ownWrites.clear();
        watermark = now;
        markCovered(client, now);
        records = fullRead.get();
        fullReadAt = now;
        last = Refresh.FULL;
        return records;
    }

    /** How the last refresh went; empty before the first. */
    public synchronized Optional<Refresh> lastRefresh() {
        return Optional.ofNullable(last);
    }

    /** Forgets everything: the next refresh reads the whole account. */
    public synchronized void clear() {
        records = null;
        fullReadAt = null;
        watermark = null;
        applied.clear();
        ownWrites.clear();
    }

    /**
     * Keeps services and escalation policies as PagerDuty answered this process's updates of them, so the next
     * refresh need not read them again. Only an object whose every write since the last refresh gave one of
     * {@code answers} may be given: the trail's records of it are then matched one for one against these writes,
     * and any other count (someone else's edit, a retried write, a record not yet filed) reads it again. An object
     * the kept records do not hold is left to the trail.
     */
    public synchronized void keepAnswers(Collection<?> answers) {
        if (records == null) {
            return;
        }
        List<ServiceDto> services = new ArrayList<>(records.services());
        List<EscalationPolicyDto> policies = new ArrayList<>(records.policies());
        for (Object answer : answers) {
            Optional<ServiceDto> kept = answer instanceof ServiceDto service
                    ? keptWithAnswer(services, service) : Optional.empty();
            if (kept.isPresent()) {
                ObjectRereads.replace(services, ServiceDto::id, kept.get().id(), kept::get);
                ownWrites.merge("service_reference/" + kept.get().id(), 1, Integer::sum);
            } else if (answer instanceof EscalationPolicyDto policy
                    && has(policies, EscalationPolicyDto::id, policy.id())) {
                ObjectRereads.replace(policies, EscalationPolicyDto::id, policy.id(), () -> policy);
                ownWrites.merge("escalation_policy_reference/" + policy.id(), 1, Integer::sum);
            }
        }
        records = new LiveRecords(records.users(), records.teams(), records.schedules(), policies, services,
                records.vendors(), records.members());
    }

    /**
     * The kept service as the answer has it. A write's answer lacks what a read includes (integrations, teams): the
     * kept ones stand, which holds only while the escalation policy, whose team the service's teams follow, is the
     * same. Otherwise empty, and the trail's record reads the service again.
     */
    private static Optional<ServiceDto> keptWithAnswer(List<ServiceDto> services, ServiceDto answer) {
        return services.stream().filter(kept -> kept.id().equals(answer.id()))
                .filter(kept -> policyId(kept) != null && policyId(kept).equals(policyId(answer)))
                .findFirst()
                .map(kept -> new ServiceDto(answer.id(), answer.name(), answer.description(), answer.status(),
                        answer.autoResolveTimeout(), answer.acknowledgementTimeout(), answer.escalationPolicy(),
                        kept.teams(), kept.integrations(), answer.incidentUrgencyRule(), answer.supportHours(),
                        answer.scheduledActions(), answer.autoPauseNotificationsParameters(),
                        answer.alertGroupingParameters(), answer.htmlUrl(), answer.unmodeled()));
    }

    private static String policyId(ServiceDto service) {
        return service.escalationPolicy() == null ? null : service.escalationPolicy().id();
    }

    private static <T> boolean has(List<T> list, Function<T, String> idOf, String id) {
        return id != null && list.stream().anyMatch(item -> id.equals(idOf.apply(item)));
    }

    /**
     * Notes the trail's recent records as applied before a full read, which covers them all: otherwise the next
     * refresh would read again every object written in the overlap before the read. A trail that cannot be read
     * here costs nothing more; the next refresh finds out again.
     */
    private void markCovered(PagerDutyClient client, Instant now) {
        try {
            for (AuditRecordDto record : client.audit().since(now.minus(OVERLAP))) {
                if (record.id() != null && record.executionTime() != null) {
                    applied.put(record.id(), record.executionTime().toInstant());
                }
            }
        } catch (PagerDutyException e) {
            // No trail (402, 403) or none now: the full read stands alone.
        }
    }

    /** @return null when the trail cannot be trusted to cover the time since the last look */
    private LiveRecords fromTrail(PagerDutyClient client, Predicate<String> readMembers,
            Function<TeamDto, List<TeamMemberDto>> members, Instant now) {
        Instant since = watermark.minus(OVERLAP);
        if (Duration.between(since, now).compareTo(LONGEST_WINDOW) > 0) {
            return null;
        }
        List<AuditRecordDto> trail = client.audit().since(since);
        Map<String, Reference> changed = new LinkedHashMap<>();
        Map<String, Integer> newRecords = new HashMap<>();
        Instant newest = watermark;
        for (AuditRecordDto record : trail) {
            if (record.id() == null || record.rootResource() == null || record.executionTime() == null) {
                return null; // a record that cannot be placed: no way to know what it changed
            }
            Instant at = record.executionTime().toInstant();
            newest = at.isAfter(newest) ? at : newest;
            if (applied.putIfAbsent(record.id(), at) == null) {
                String key = record.rootResource().type() + "/" + record.rootResource().id();
                changed.put(key, record.rootResource());
                newRecords.merge(key, 1, Integer::sum);
            }
        }
        // Our own writes, kept from their answers: as many new records as writes, and nobody else wrote there.
        ownWrites.forEach((key, writes) -> {
            if (writes.equals(newRecords.get(key))) {
                changed.remove(key);
            }
        });
        ownWrites.clear();
        LiveRecords updated = ObjectRereads.apply(client, records, changed.values(), readMembers, members);
        watermark = newest;
        // Records older than the overlap are never asked for again: forget their ids, so the map stays small.
        Instant oldestAsked = newest.minus(OVERLAP);
        applied.values().removeIf(at -> at.isBefore(oldestAsked));
        return updated;
    }
}
