package io.pdgitops.notify;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Deliveries over the network, each bounded by a timeout so a receiver that hangs is given up. */
public final class HttpTransport implements Transport {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;

    public HttpTransport(HttpClient http) {
        this.http = http;
    }

    @Override
    public int post(Delivery delivery) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(delivery.url()).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
        delivery.headers().forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
