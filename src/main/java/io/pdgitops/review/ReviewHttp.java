package io.pdgitops.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.pdgitops.http.retry.Backoff;
import io.pdgitops.http.retry.Decision;
import io.pdgitops.http.retry.Exchange;
import io.pdgitops.http.retry.Outcome;
import io.pdgitops.http.retry.Repeat;
import io.pdgitops.http.retry.RetryLoop;
import io.pdgitops.http.retry.RetryPolicy;
import io.pdgitops.http.retry.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Calls a Git host's REST API under the shared {@link RetryPolicy}: 429 and rate-limit 403s are retried for every
 * method (after {@code Retry-After} when given), 408, 5xx and network errors only for calls that are safe to repeat;
 * a create is repeated only when no connection was made. Lists follow {@code Link: rel="next"} on the same host.
 */
public final class ReviewHttp {

    /** Stops a runaway listing (GitHub allows 100 per page). */
    static final int MAX_PAGES = 50;
    /** A {@code Retry-After} longer than this is the host asking us to stop, not to wait. */
    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

    /** @param headers sent with every call: authentication and the API version */
    public record Settings(HttpUrl baseUrl, Map<String, String> headers, int maxRetries, Backoff backoff,
            Sleeper sleeper) {

        @Override
        public String toString() {
            return "Settings[baseUrl=" + baseUrl + ", maxRetries=" + maxRetries + "]";
        }
    }

    private final OkHttpClient http;
    private final Settings settings;
    private final RetryLoop retries;
    private final ObjectMapper json = new ObjectMapper();

    public ReviewHttp(OkHttpClient base, Settings settings) {
        // Every attempt must be ours to decide about: OkHttp would otherwise repeat some failed requests itself.
        this.http = base.newBuilder().retryOnConnectionFailure(false).build();
        this.settings = settings;
        this.retries = new RetryLoop(new RetryPolicy(settings.maxRetries(), settings.backoff(), MAX_RETRY_AFTER,
                Clock.systemUTC()), settings.sleeper());
    }

    /** The base URL with {@code segments} appended, each encoded as one path segment. */
    public HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder url = settings.baseUrl().newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url;
    }

    /** Every element of a listing, page after page. */
    public List<JsonNode> list(HttpUrl first) {
        List<JsonNode> all = new ArrayList<>();
        HttpUrl page = first;
        for (int pages = 0; page != null && pages < MAX_PAGES; pages++) {
            Answer answer = call("GET", page, null, true);
            answer.body().forEach(all::add);
            page = next(answer.link(), first);
        }
        return all;
    }

    /** A JSON object of string fields in the order given, so that requests read the same every time. */
    public static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** @param repeatable whether sending the call twice does no harm (an update, or setting a status) */
    public JsonNode send(String method, HttpUrl url, Object body, boolean repeatable) {
        return call(method, url, body, repeatable).body();
    }

    private record Answer(JsonNode body, String link) {
    }

    private Answer call(String method, HttpUrl url, Object body, boolean repeatable) {
        Request request = request(method, url, body);
        String what = method + " " + url.encodedPath();
        Repeat repeat = repeatable ? Repeat.SAFE : Repeat.ONLY_IF_NEVER_SENT;
        return retries.run(what, repeat, new Exchange<>() {
            @Override
            public Attempt<Answer> attempt(int retry) {
                try (Response response = http.newCall(request).execute()) {
                    String text = response.body().string();
                    if (response.isSuccessful()) {
                        return Attempt.succeeded(new Answer(parse(text), response.header("Link")));
                    }
                    return Attempt.failed(Outcome.answered(response.code(), response.message(), response.headers(),
                            text));
                } catch (IOException e) {
                    return Attempt.failed(Outcome.failed(e));
                }
            }

            @Override
            public RuntimeException giveUp(Outcome last, Decision decision, int attempts) {
                if (last.answered()) {
                    return new ReviewException(what + " answered HTTP " + last.status() + message(last.body()),
                            last.status());
                }
                return new ReviewException(what + ": no response (" + last.cause() + ")"
                        + (attempts > 1 ? " after " + attempts + " attempts" : ""), 0);
            }

            @Override
            public RuntimeException interrupted(InterruptedException cause) {
                return new ReviewException(what + ": interrupted while waiting to retry", 0);
            }
        });
    }

    /** The host's own explanation, kept short. */
    private String message(String text) {
        JsonNode parsed = parse(text);
        String message = parsed.path("message").isTextual() ? parsed.path("message").asText()
                : parsed.path("error").isTextual() ? parsed.path("error").asText() : "";
        if (message.isEmpty() && parsed.path("message").isContainerNode()) {
            message = parsed.path("message").toString();
        }
        message = message.length() > 300 ? message.substring(0, 300) + "..." : message;
        return message.isEmpty() ? "" : ": " + message;
    }

    private JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(text);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** A next page on another host would receive our token: not followed. */
    private static HttpUrl next(String link, HttpUrl first) {
        if (link == null) {
            return null;
        }
        Matcher matcher = NEXT_LINK.matcher(link);
        if (!matcher.find()) {
            return null;
        }
        HttpUrl next = HttpUrl.parse(matcher.group(1));
        return next != null && next.host().equals(first.host()) && next.port() == first.port() ? next : null;
    }

    private Request request(String method, HttpUrl url, Object body) {
        Request.Builder request = new Request.Builder().url(url).header("User-Agent", "pd-gitops");
        settings.headers().forEach(request::header);
        RequestBody content = null;
        if (body != null) {
            try {
                content = RequestBody.create(json.writeValueAsBytes(body), JSON_TYPE);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot write the request body as JSON", e);
            }
        }
        return request.method(method, content).build();
    }
}
