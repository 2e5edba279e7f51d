package io.pdgitops.notify;

import io.pdgitops.http.retry.Outcome;
import java.io.IOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Deliveries over the network, each bounded by a timeout so that a receiver that hangs is given up. */
public final class HttpTransport implements Transport {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final OkHttpClient http;

    public HttpTransport(OkHttpClient http) {
        this.http = http.newBuilder().callTimeout(TIMEOUT).build();
    }

    @Override
    public Outcome post(Delivery delivery) {
        Request.Builder request = new Request.Builder().url(delivery.url().toString())
                .post(RequestBody.create(delivery.body(), MediaType.parse("application/json")));
        delivery.headers().forEach(request::header);
        try (Response response = http.newCall(request.build()).execute()) {
            // The body is not read: no receiver's answer is worth keeping, and it may echo what was sent.
            return Outcome.answered(response.code(), response.message(), response.headers(), "");
        } catch (IOException e) {
            return Outcome.failed(e);
        }
    }
}
