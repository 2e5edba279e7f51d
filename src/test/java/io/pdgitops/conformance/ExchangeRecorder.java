package io.pdgitops.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * An OkHttp interceptor that keeps every exchange, retries included; answers pass through untouched. As a network
 * interceptor it sees what crossed the wire; in front of an in-process sandbox, what the sandbox was given.
 */
final class ExchangeRecorder implements Interceptor {

    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        exchanges.add(new Exchange(request.method(), request.url(), bodyOf(request), response.code(),
                response.peekBody(Long.MAX_VALUE).string()));
        return response;
    }

    List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    private static String bodyOf(Request request) throws IOException {
        if (request.body() == null || request.body().contentLength() == 0) {
            return null;
        }
        Buffer buffer = new Buffer();
        request.body().writeTo(buffer);
        return buffer.readString(StandardCharsets.UTF_8);
    }
}
