package io.pdgitops.reconcile;

import static io.pdgitops.reconcile.WebhookSubscriptionStates.KEY_VALUE;
import static io.pdgitops.reconcile.WebhookSubscriptionStates.ticketing;
import static io.pdgitops.reconcile.WebhookSubscriptionStates.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.apply.ApplyResult;
import io.pdgitops.apply.StepOutcome;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyClientConfig;
import io.pdgitops.pagerduty.RateLimiter;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.sandbox.SandboxInterceptor;
import java.io.IOException;
import java.time.Clock;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * A server between pd-gitops and PagerDuty (a proxy, a gateway) that quotes the refused request in its error must
 * not carry a webhook header value into the step's outcome: the value is a customer's key.
 */
class EchoedHeaderValueTest {

    private final SandboxAccount account = new SandboxAccount(CallBudgetTest.USERS);

    @Test
    void aRefusalThatQuotesTheCreateBodyReportsTheHeaderValueHidden() {
        PagerDutyClient client = PagerDutyClient.builder(PagerDutyClientConfig.builder("test-token")
                        .baseUrl("https://sandbox.invalid").maxRetries(0).build())
                .httpClient(new OkHttpClient.Builder().addInterceptor(EchoedHeaderValueTest::quoteWebhookCreates)
                        .addInterceptor(new SandboxInterceptor(account.sandbox)).build())
                .rateLimiter(RateLimiter.unlimited())
                .build();
        Reconciler reconciler = new Reconciler(client, Clock.systemUTC())
                .withEnvironment(WebhookSubscriptionStates.ENVIRONMENT);
        DesiredState desired = with(ticketing());

        ApplyResult result = reconciler.apply(reconciler.plan(desired, Inventory.none(),
                new PlanOptions(false, 10, false)), outcome -> { });

        assertThat(result.outcomes()).filteredOn(outcome -> outcome.error().isPresent())
                .extracting(StepOutcome::error).singleElement().satisfies(error -> assertThat(error.orElseThrow())
                        .as("the refusal is reported, its quote of the key hidden")
                        .contains("X-Api-Key").contains("(hidden)").doesNotContain(KEY_VALUE));
    }

    /** Refuses every webhook subscription create with a 400 whose message quotes the request body. */
    private static Response quoteWebhookCreates(Interceptor.Chain chain) throws IOException {
        var request = chain.request();
        if (!request.method().equals("POST") || !request.url().encodedPath().endsWith("/webhook_subscriptions")) {
            return chain.proceed(request);
        }
        Buffer sent = new Buffer();
        request.body().writeTo(sent);
        String quoted = sent.readUtf8().replace("\\", "\\\\").replace("\"", "\\\"");
        String body = "{\"error\":{\"message\":\"Invalid Input Provided\",\"code\":2001,\"errors\":[\"refused: "
                + quoted + "\"]}}";
        return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(400).message("Bad Request")
                .body(ResponseBody.create(body, MediaType.get("application/json"))).build();
    }
}
