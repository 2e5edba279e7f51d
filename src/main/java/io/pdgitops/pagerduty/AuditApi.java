package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.AuditRecordDto;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /audit/records}: what changed in the account since a moment, newest first. Only accounts whose plan
 * has the Audit Trail feature answer it (others get 402), and only for admin or global tokens (others get 403).
 */
public final class AuditApi {

    /** The most PagerDuty returns a page. */
    static final int PAGE = 100;

    private final Entities entities;

    AuditApi(Entities entities) {
        this.entities = entities;
    }

    /** Every record from {@code since} to now, all pages. */
    public List<AuditRecordDto> since(Instant since) {
        return entities.getAllByCursor(ApiPath.of("/audit/records"),
                Query.of("since", since.toString()).with("limit", PAGE), "records", AuditRecordDto.class);
    }
}
