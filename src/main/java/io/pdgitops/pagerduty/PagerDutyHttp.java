package io.pdgitops.pagerduty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends one PagerDuty call: paced by the token's {@link RateLimiter}, retried with backoff where that is safe,
 * reported to the {@link ApiCallListener} per attempt, and turned into a {@link PagerDutyException} when it fails.
 *
 * <p>Retry rules: a 429 is retried for every method (PagerDuty rejected the request, nothing happened), after
 * {@code ratelimit-reset} seconds when the header is there. A 408, a 5xx or a network error is retried for GET,
 * PUT and DELETE, which are idempotent; for POST only when no connection could be made, since otherwise the create
 * may have happened: the caller must look the object up by name before trying again.
 */
final class PagerDutyHttp {

    static final String ACCEPT = "application/vnd.pagerduty+json;version=2";
    static final int MIN_REDACTED_LENGTH = 8;
    private static final MediaType JSON = MediaType.get("application/json");
    private static final System.Logger LOG = System.getLogger(PagerDutyHttp.class.getName());

    private final PagerDutyClientConfig config;
    private final OkHttpClient http;
    private final HttpUrl baseUrl;
    private final ObjectMapper json;
    private final ErrorBodyParser errors;
    private final RateLimiter limiter;
    private final Sleeper sleeper;
    private final Ticker ticker;
    private final Backoff backoff;
    private final ApiCallListener listener;
    private final String userAgent;

    PagerDutyHttp(PagerDutyClientConfig config, ObjectMapper json, RateLimiter limiter, Sleeper sleeper,
            Ticker ticker, Backoff backoff, ApiCallListener listener, String userAgent, Interceptor transport) {
        this.config = config;
        this.baseUrl = HttpUrl.parse(config.baseUrl());
        if (baseUrl == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + config.baseUrl());
        }
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (transport != null) {
            builder.addInterceptor(transport);
        }
        this.http = builder
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
        this.sleeper = sleeper;
        this.ticker = ticker;
        this.backoff = backoff;
        this.listener = listener;
        this.userAgent = userAgent;
    }

    JsonNode get(ApiPath path, Query query) {
        return send("GET", path, query, null).body();
    }

    Reply post(ApiPath path, Query query, Object body) {
        return send("POST", path, query, body);
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
        Request request = request(method, path, query, body);
        for (int retry = 0; ; retry++) {
            awaitPermit(method, path);
            long started = ticker.nanos();
            Duration wait;
            String cause;
            try (Response response = http.newCall(request).execute()) {
                String text = response.body().string();
                report(method, path, response.code(), started, retry);
                if (response.isSuccessful()) {
                    return new Reply(response.code(), parseSuccess(text, response.code(), method, path));
                }
                if (response.code() == 404 && method.equals("DELETE") && retry > 0) {
                    // An earlier attempt that timed out did delete it.
                    return new Reply(204, NullNode.instance);
                }
                wait = retryWait(response, method, path, retry, text);
                cause = "HTTP " + response.code();
            } catch (IOException e) {
                report(method, path, PagerDutyException.NO_RESPONSE, started, retry);
                wait = retryWaitAfterNetworkError(e, method, path, retry);
                cause = e.getClass().getSimpleName();
            }
            LOG.log(Level.INFO, "PagerDuty {0} {1} got {2}: retry {3} of {4} in {5} ms", method, path.template(),
                    cause, retry + 1, config.maxRetries(), wait.toMillis());
            sleep(wait, method, path);
        }
    }

    private Duration retryWait(Response response, String method, ApiPath path, int retry, String text) {
        int status = response.code();
        boolean rateLimited = status == 429;
        boolean transientFailure = status == 408 || status >= 500;
        boolean retryable = rateLimited || transientFailure;
        boolean mayRetry = rateLimited || (transientFailure && !method.equals("POST"));
        if (!mayRetry || retry >= config.maxRetries()) {
            ErrorBody body = errors.parse(redact(text), reason(response));
            String advice = FailureAdvice.forStatus(status, method);
            if (advice != null) {
                body = new ErrorBody(body.code(), body.message() + " (" + advice + ")", body.details());
            }
            throw PagerDutyException.fromResponse(status, body, retryable, method, path.resolved());
        }
        Duration reset = rateLimited ? resetHeader(response) : null;
        return reset != null ? backoff.afterRateLimitReset(reset) : backoff.beforeRetry(retry + 1);
    }

    private Duration retryWaitAfterNetworkError(IOException error, String method, ApiPath path, int retry) {
        String what = error instanceof InterruptedIOException ? "timed out" : "failed";
        String description = redact("no response, the request " + what + " (" + error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage()) + ")");
        if (method.equals("POST") && !neverSent(error)) {
            throw PagerDutyException.withoutResponse(description + "; " + FailureAdvice.CREATE_MAY_HAVE_HAPPENED,
                    true, method, path.resolved(), error);
        }
        if (retry >= config.maxRetries()) {
            throw PagerDutyException.withoutResponse(description + " after " + (retry + 1) + " attempts", true,
                    method, path.resolved(), error);
        }
        return backoff.beforeRetry(retry + 1);
    }

    /** No connection could be made, so PagerDuty cannot have seen the request: safe to send a POST again. */
    private static boolean neverSent(IOException error) {
        return error instanceof ConnectException || error instanceof UnknownHostException;
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

    private static Duration resetHeader(Response response) {
        String reset = response.header("ratelimit-reset");
        if (reset == null) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(reset.strip());
            return seconds >= 0 && seconds <= 3600 ? Duration.ofMillis((long) (seconds * 1000)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String reason(Response response) {
        return response.message().isBlank() ? "HTTP " + response.code() : response.message();
    }

    private void awaitPermit(String method, ApiPath path) {
        try {
            limiter.acquire();
        } catch (InterruptedException e) {
            throw interrupted(e, method, path);
        }
    }

    private void sleep(Duration wait, String method, ApiPath path) {
        try {
            sleeper.sleep(wait);
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
