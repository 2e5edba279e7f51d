package io.pdgitops.pagerduty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.pdgitops.http.retry.Backoff;
import io.pdgitops.http.retry.Decision;
import io.pdgitops.http.retry.Exchange;
import io.pdgitops.http.retry.Outcome;
import io.pdgitops.http.retry.Repeat;
import io.pdgitops.http.retry.RetryLoop;
import io.pdgitops.http.retry.RetryPolicy;
import io.pdgitops.http.retry.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends one PagerDuty call: paced by the token's {@link RateLimiter}, retried with backoff where that is safe,
 * reported to the {@link ApiCallListener} per attempt, and turned into a {@link PagerDutyException} when it fails.
 *
 * <p>Whether and when to retry is the shared {@link RetryPolicy}'s decision: a 429 for every method (after
 * {@code ratelimit-reset}), a 408, a 5xx or a network error for GET, PUT and DELETE, and for POST only when no
 * connection could be made, since otherwise the create may have happened: the caller must look the object up by
 * name before trying again.
 */
final class PagerDutyHttp {

    static final String ACCEPT = "application/vnd.pagerduty+json;version=2";
    static final int MIN_REDACTED_LENGTH = 8;
    /** PagerDuty's rate-limit windows are a minute; a reset beyond an hour is not one to wait for. */
    static final Duration MAX_SERVER_WAIT = Duration.ofHours(1);
    private static final MediaType JSON = MediaType.get("application/json");

    private final PagerDutyClientConfig config;
    private final OkHttpClient http;
    private final HttpUrl baseUrl;
    private final ObjectMapper json;
    private final ErrorBodyParser errors;
    private final RateLimiter limiter;
    private final Ticker ticker;
    private final RetryLoop retries;
    private final ApiCallListener listener;
    private final String userAgent;

    PagerDutyHttp(PagerDutyClientConfig config, OkHttpClient base, ObjectMapper json, RateLimiter limiter,
            Sleeper sleeper, Ticker ticker, Backoff backoff, ApiCallListener listener, String userAgent) {
        this.config = config;
        this.baseUrl = HttpUrl.parse(config.baseUrl());
        if (baseUrl == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + config.baseUrl());
        }
        this.http = base.newBuilder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                // Every attempt must be ours to count and to decide about: OkHttp would otherwise repeat some
                // failed requests on its own, a POST among them.
                .retryOnConnectionFailure(false)
                .build();
        this.json = json;
        this.errors = new ErrorBodyParser(json);
        this.limiter = limiter;
        this.ticker = ticker;
        RetryPolicy policy = new RetryPolicy(config.maxRetries(), backoff, MAX_SERVER_WAIT, Clock.systemUTC());
        this.retries = new RetryLoop(policy, sleeper);
        this.listener = listener;
        this.userAgent = userAgent;
    }

    JsonNode get(ApiPath path, Query query) {
        return send("GET", path, query, null).body();
    }

    Reply post(ApiPath path, Query query, Object body) {
        return send("POST", path, query, body);
    }

    /** A POST that does the same when sent twice (like {@code change_tags}), so it is retried like a PUT. */
    Reply postRepeatable(ApiPath path, Object body) {
        return send("POST", path, Query.none(), body, Repeat.SAFE);
    }

    Reply put(ApiPath path, Query query, Object body) {
        return send("PUT", path, query, body);
    }

    Reply delete(ApiPath path, Query query) {
        return send("DELETE", path, query, null);
    }

    ObjectMapper json() {
        return json;
    }

    /** Maps part of a response onto a record; a shape that does not fit is PagerDuty's failure, not a crash. */
    <T> T convert(JsonNode node, JavaType type, String method, ApiPath path) {
        try {
            return json.convertValue(node, type);
        } catch (IllegalArgumentException e) {
            throw new PagerDutyException(200, null, "unexpected response: " + e.getMessage(), List.of(), false,
                    method, path.resolved(), e);
        }
    }

    /** @param body serialised as JSON; null sends no body (an empty one for PUT, which HTTP requires) */
    Reply send(String method, ApiPath path, Query query, Object body) {
        return send(method, path, query, body, Repeat.forMethod(method));
    }

    private Reply send(String method, ApiPath path, Query query, Object body, Repeat repeat) {
        Request request = request(method, path, query, body);
        return retries.run("PagerDuty " + method + " " + path.template(), repeat,
                new Exchange<>() {
                    @Override
                    public Attempt<Reply> attempt(int retry) {
                        return PagerDutyHttp.this.attempt(request, method, path, retry);
                    }

                    @Override
                    public RuntimeException giveUp(Outcome last, Decision decision, int attempts) {
                        return failure(last, decision, attempts, method, path);
                    }

                    @Override
                    public RuntimeException interrupted(InterruptedException cause) {
                        return PagerDutyHttp.interrupted(cause, method, path);
                    }
                });
    }

    private Exchange.Attempt<Reply> attempt(Request request, String method, ApiPath path, int retry) {
        awaitPermit(method, path);
        long started = ticker.nanos();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            report(method, path, response.code(), started, retry);
            if (response.isSuccessful()) {
                return Exchange.Attempt.succeeded(new Reply(response.code(),
                        parseSuccess(text, response.code(), method, path)));
            }
            if (response.code() == 404 && method.equals("DELETE") && retry > 0) {
                // An earlier attempt that timed out did delete it.
                return Exchange.Attempt.succeeded(new Reply(204, NullNode.instance));
            }
            return Exchange.Attempt.failed(Outcome.answered(response.code(), response.message(),
                    response.headers(), text));
        } catch (IOException e) {
            report(method, path, PagerDutyException.NO_RESPONSE, started, retry);
            return Exchange.Attempt.failed(Outcome.failed(e));
        }
    }

    /** The give-up in PagerDuty's terms; "the create may have happened" is what {@code CreateLookup} acts on. */
    private PagerDutyException failure(Outcome last, Decision decision, int attempts, String method, ApiPath path) {
        if (last.answered()) {
            String reason = last.reason().isBlank() ? "HTTP " + last.status() : last.reason();
            ErrorBody body = errors.parse(redact(last.body()), reason);
            String advice = FailureAdvice.forStatus(last.status(), method);
            if (advice != null) {
                body = new ErrorBody(body.code(), body.message() + " (" + advice + ")", body.details());
            }
            return PagerDutyException.fromResponse(last.status(), body, decision.passing(), method,
                    path.resolved());
        }
        IOException error = last.error();
        String what = error instanceof InterruptedIOException ? "timed out" : "failed";
        String description = redact("no response, the request " + what + " (" + error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage()) + ")");
        String detail = decision.verdict() == Decision.Verdict.OUTCOME_UNKNOWN
                ? "; " + FailureAdvice.CREATE_MAY_HAVE_HAPPENED
                : " after " + attempts + " attempts";
        return PagerDutyException.withoutResponse(description + detail, true, method, path.resolved(), error);
    }

    private Request request(String method, ApiPath path, Query query, Object body) {
        HttpUrl.Builder url = baseUrl.newBuilder();
        path.segments().forEach(url::addPathSegment);
        query.params().forEach(param -> url.addQueryParameter(param.name(), param.value()));
        Request.Builder request = new Request.Builder()
                .url(url.build())
                .header("Authorization", "Token token=" + config.token())
                .header("Accept", ACCEPT)
                .header("User-Agent", userAgent);
        if (config.fromEmail() != null && !config.fromEmail().isBlank()) {
            request.header("From", config.fromEmail());
        }
        return request.method(method, requestBody(method, body)).build();
    }

    private RequestBody requestBody(String method, Object body) {
        if (body != null) {
            try {
                return RequestBody.create(json.writeValueAsBytes(body), JSON);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("cannot write the request body as JSON: " + e.getOriginalMessage(),
                        e);
            }
        }
        return method.equals("PUT") || method.equals("POST") ? RequestBody.create(new byte[0]) : null;
    }

    private JsonNode parseSuccess(String text, int status, String method, ApiPath path) {
        if (text.isBlank()) {
            return NullNode.instance;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new PagerDutyException(status, null, "the response is not JSON",
                    List.of(ErrorBodyParser.plainText(redact(text))), false, method, path.resolved(), null);
        }
    }

    private void awaitPermit(String method, ApiPath path) {
        try {
            limiter.acquire();
        } catch (InterruptedException e) {
            throw interrupted(e, method, path);
        }
    }

    private static PagerDutyException interrupted(InterruptedException e, String method, ApiPath path) {
        Thread.currentThread().interrupt();
        return PagerDutyException.withoutResponse("interrupted", false, method, path.resolved(), e);
    }

    private void report(String method, ApiPath path, int status, long startedNanos, int retry) {
        listener.onCall(new ApiCall(method, path.template(), status, Duration.ofNanos(ticker.nanos() - startedNanos),
                retry));
    }

    /**
     * A server or proxy that echoes the request must not carry the token into a message or a log. Tokens shorter
     * than {@link #MIN_REDACTED_LENGTH} are no real PagerDuty keys (those have 20 characters) and would match
     * ordinary words, so they are left alone.
     */
    private String redact(String text) {
        return config.token().length() < MIN_REDACTED_LENGTH ? text : text.replace(config.token(), "(redacted)");
    }
}
