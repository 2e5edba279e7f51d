package io.pdgitops.sandbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * An OkHttp interceptor that answers from a {@link Sandbox} in-process, so a CLI run can use the
 * sandbox without binding a port. Requests never reach the network. {@code pathPrefix} is removed
 * from request paths (for a base URL such as {@code http://sandbox.invalid/sandbox}).
 */
public final class SandboxInterceptor implements Interceptor {

    private static final MediaType JSON = MediaType.get("application/json");

    private final Sandbox sandbox;
    private final String pathPrefix;

    /** An OkHttp client whose every call {@code sandbox} answers in-process: no port is bound. */
    public static OkHttpClient inProcessClient(Sandbox sandbox) {
        return new OkHttpClient.Builder().addInterceptor(new SandboxInterceptor(sandbox)).build();
    }

    public SandboxInterceptor(Sandbox sandbox) {
        this(sandbox, "");
    }

    public SandboxInterceptor(Sandbox sandbox, String pathPrefix) {
        this.sandbox = sandbox;
        this.pathPrefix = pathPrefix.endsWith("/") ? pathPrefix.substring(0, pathPrefix.length() - 1) : pathPrefix;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        SandboxResponse answer = sandbox.handle(toSandbox(request));
        if (answer.dropConnection()) {
            throw new IOException("unexpected end of stream (connection dropped by the sandbox's fault injection)");
        }
        Response.Builder response = new Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(answer.status())
                .message(reason(answer.status()));
        answer.headers().forEach(response::header);
        return response.body(ResponseBody.create(answer.body(), JSON)).build();
    }

    private SandboxRequest toSandbox(Request request) throws IOException {
        String path = request.url().encodedPath();
        if (!pathPrefix.isEmpty() && path.startsWith(pathPrefix)) {
            path = path.substring(pathPrefix.length());
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String name : request.url().queryParameterNames()) {
            List<String> values = new ArrayList<>();
            for (String value : request.url().queryParameterValues(name)) {
                values.add(value == null ? "" : value);
            }
            query.put(name, values);
        }
        byte[] body = new byte[0];
        if (request.body() != null) {
            Buffer buffer = new Buffer();
            request.body().writeTo(buffer);
            body = buffer.readByteArray();
        }
        return new SandboxRequest(request.method(), path.isEmpty() ? "/" : path, query,
                request.headers().toMultimap(), body);
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 402 -> "Payment Required";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            default -> status >= 500 ? "Internal Server Error" : "";
        };
    }
}
