package io.pdgitops.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.model.DisplayText;
import io.pdgitops.service.quarkus.ServiceConfig;
import io.pdgitops.service.quarkus.WebhookGate;
import io.pdgitops.webhook.GitProvider;
import io.pdgitops.webhook.WebhookHeaders;
import io.pdgitops.webhook.WebhookOutcome;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Judges every request body of {@code /api/} from its headers, before the HTTP layer reads a byte of it: a body must
 * declare its length, within its route's limit; a webhook's sender and signature header (and GitLab's token) must be
 * right; and large bodies wait for one of a few slots or are answered 503. A refused request is answered at once and
 * its connection closed, so its body is never buffered.
 */
@ApplicationScoped
public class RequestBodyFilter {

    private static final Logger LOG = Logger.getLogger(RequestBodyFilter.class);
    private static final String API = "/api/";
    private static final String WEBHOOKS = "/api/v1/webhooks/";
    /** Before the routes and Quarkus' own body handling. */
    private static final int PRIORITY = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ServiceConfig config;

    @Inject
    WebhookGate gate;

    private volatile LargeBodySlots slots;

    void register(@Observes Filters filters) {
        filters.register(this::judge, PRIORITY);
    }

    private void judge(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        String path = ctx.normalizedPath();
        if (!path.startsWith(API) || !(method == HttpMethod.POST || method == HttpMethod.PUT
                || method == HttpMethod.PATCH)) {
            ctx.next();
            return;
        }
        long declared = declaredLength(ctx);
        Optional<WebhookOutcome.Refused> refused = path.startsWith(WEBHOOKS)
                ? admitWebhook(path.substring(WEBHOOKS.length()), ctx, declared)
                : admitApi(declared);
        if (refused.isPresent()) {
            refuse(ctx, refused.get().httpStatus(), refused.get().reason(), path);
            return;
        }
        LargeBodySlots large = slots();
        if (large.isLarge(declared)) {
            if (!large.tryTake()) {
                ctx.response().putHeader("Retry-After", "5");
                refuse(ctx, 503, "too many large requests at once; retry later", path);
                return;
            }
            AtomicBoolean given = new AtomicBoolean();
            ctx.addEndHandler(done -> {
                if (given.compareAndSet(false, true)) {
                    large.giveBack();
                }
            });
        }
        ctx.next();
    }

    private Optional<WebhookOutcome.Refused> admitWebhook(String provider, RoutingContext ctx, long declared) {
        Optional<GitProvider> endpoint = GitProvider.fromPathName(provider);
        if (endpoint.isEmpty()) {
            return Optional.empty(); // the resource answers 404 with the list of providers
        }
        Map<String, List<String>> headers = new HashMap<>();
        ctx.request().headers().forEach(h -> headers.computeIfAbsent(h.getKey(), k -> new ArrayList<>())
                .add(h.getValue()));
        return gate.intake().admit(endpoint.get(), WebhookHeaders.ofMulti(headers), declared);
    }

    private Optional<WebhookOutcome.Refused> admitApi(long declared) {
        long limit = config.http().maxApiBodyBytes();
        if (declared < 0) {
            return Optional.of(new WebhookOutcome.Refused(411, "the request must declare its Content-Length"));
        }
        if (declared > limit) {
            return Optional.of(new WebhookOutcome.Refused(413, "body of " + declared
                    + " bytes is over the limit of " + limit + " bytes"));
        }
        return Optional.empty();
    }

    /** The declared length, 0 for a request without a body, or -1 when a body of unknown length follows. */
    private static long declaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) == null ? 0 : -1;
        }
        try {
            long value = Long.parseLong(length.strip());
            return value < 0 ? -1 : value;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private LargeBodySlots slots() {
        LargeBodySlots current = slots;
        if (current == null) {
            synchronized (this) {
                if (slots == null) {
                    slots = new LargeBodySlots(config.http().largeBodyBytes(), config.http().maxConcurrentLargeBodies());
                }
                current = slots;
            }
        }
        return current;
    }

    private static void refuse(RoutingContext ctx, int status, String reason, String path) {
        LOG.warn("Refused " + ctx.request().method() + " " + DisplayText.escape(path) + " before reading its body ("
                + status + "): " + DisplayText.escape(reason));
        String body;
        try {
            body = JSON.writeValueAsString(new ApiError(reason));
        } catch (JsonProcessingException e) {
            body = "{}";
        }
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
