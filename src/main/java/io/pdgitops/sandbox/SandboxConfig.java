package io.pdgitops.sandbox;

import io.pdgitops.model.DstHandOffs;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How a sandbox behaves. A plain record so that the CLI and tests build one without Quarkus.
 *
 * @param tokens             accepted API tokens and what each may do
 * @param permissive         accept any non-empty token with full access (for demos)
 * @param rateLimitPerMinute requests per minute and token (PagerDuty: 960)
 * @param snapshot           file that keeps the state across restarts, or null
 * @param apiUrl             base of the {@code self} links
 * @param webUrl             base of the {@code html_url} links
 * @param auditTrail         whether the account has PagerDuty's Audit Trail feature ({@code GET /audit/records});
 *                           without it that endpoint answers 402
 * @param dstHandOffs        how the account's renderer hands whole-day turns off across a daylight saving change,
 *                           which PagerDuty does not document: the sandbox can play either reading
 */
public record SandboxConfig(
        Map<String, TokenAccess> tokens, boolean permissive, int rateLimitPerMinute, Faults faults,
        Path snapshot, String apiUrl, String webUrl, boolean auditTrail, DstHandOffs dstHandOffs) {

    public static final int PAGERDUTY_RATE_LIMIT = 960;
    public static final String DEFAULT_API_URL = "https://api.pagerduty.com";
    public static final String DEFAULT_WEB_URL = "https://sandbox.pagerduty.com";

    public SandboxConfig {
        tokens = Map.copyOf(tokens);
        if (rateLimitPerMinute < 1) {
            throw new IllegalArgumentException("rateLimitPerMinute must be positive");
        }
        faults = faults == null ? Faults.NONE : faults;
        dstHandOffs = dstHandOffs == null ? DstHandOffs.LOCAL_TIME : dstHandOffs;
    }

    /** An account with the Audit Trail feature. */
    public SandboxConfig(Map<String, TokenAccess> tokens, boolean permissive, int rateLimitPerMinute, Faults faults,
            Path snapshot, String apiUrl, String webUrl) {
        this(tokens, permissive, rateLimitPerMinute, faults, snapshot, apiUrl, webUrl, true, DstHandOffs.LOCAL_TIME);
    }

    /** One full-access token, PagerDuty's rate limit, no faults, no snapshot. */
    public static SandboxConfig withToken(String token) {
        return new SandboxConfig(Map.of(token, TokenAccess.FULL), false, PAGERDUTY_RATE_LIMIT, Faults.NONE, null,
                DEFAULT_API_URL, DEFAULT_WEB_URL);
    }

    /** Any token is accepted; PagerDuty's rate limit, no faults, no snapshot. */
    public static SandboxConfig permissiveDefaults() {
        return new SandboxConfig(Map.of(), true, PAGERDUTY_RATE_LIMIT, Faults.NONE, null, DEFAULT_API_URL, DEFAULT_WEB_URL);
    }

    public SandboxConfig withFaults(Faults newFaults) {
        return new SandboxConfig(tokens, permissive, rateLimitPerMinute, newFaults, snapshot, apiUrl, webUrl, auditTrail, dstHandOffs);
    }

    /** Every answer waits {@code millis}, plus up to {@code jitterMillis} more drawn per answer; other faults stay. */
    public SandboxConfig withLatency(long millis, long jitterMillis) {
        return withFaults(new Faults(millis, jitterMillis, faults.errorRate(), faults.dropRate(), faults.rateLimitBurst(),
                faults.burstWithHeaders(), faults.seed(), faults.lostAnswerRate(), faults.lostAnswerStatus()));
    }

    public SandboxConfig withRateLimit(int perMinute) {
        return new SandboxConfig(tokens, permissive, perMinute, faults, snapshot, apiUrl, webUrl, auditTrail, dstHandOffs);
    }

    public SandboxConfig withSnapshot(Path file) {
        return new SandboxConfig(tokens, permissive, rateLimitPerMinute, faults, file, apiUrl, webUrl, auditTrail, dstHandOffs);
    }

    public SandboxConfig withToken(String token, TokenAccess access) {
        Map<String, TokenAccess> more = new HashMap<>(tokens);
        more.put(token, access);
        return new SandboxConfig(more, permissive, rateLimitPerMinute, faults, snapshot, apiUrl, webUrl, auditTrail, dstHandOffs);
    }

    public SandboxConfig withDstHandOffs(DstHandOffs rule) {
        return new SandboxConfig(tokens, permissive, rateLimitPerMinute, faults, snapshot, apiUrl, webUrl, auditTrail,
                rule);
    }

    /** @param available false for an account whose plan lacks the Audit Trail feature */
    public SandboxConfig withAuditTrail(boolean available) {
        return new SandboxConfig(tokens, permissive, rateLimitPerMinute, faults, snapshot, apiUrl, webUrl, available, dstHandOffs);
    }

    /** Tokens are secrets: only their number is shown. */
    @Override
    public String toString() {
        return "SandboxConfig[tokens=" + tokens.size() + ", permissive=" + permissive + ", rateLimitPerMinute="
                + rateLimitPerMinute + ", faults=" + faults + ", snapshot=" + snapshot + ", apiUrl=" + apiUrl + ", auditTrail=" + auditTrail + "]";
    }
}
