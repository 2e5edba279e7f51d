package io.pdgitops.reconcile;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Lets {@code writesBeforeCrash} writes through, then lets one more reach the server but loses its answer (the
 * server acted, the client never hears of it), and from then on fails every call: a process that lost its
 * network in the middle of an apply.
 */
final class CrashingTransport implements Interceptor {

    private final Interceptor server;
    private final int writesBeforeCrash;
    private final AtomicInteger writes = new AtomicInteger();

    CrashingTransport(Interceptor server, int writesBeforeCrash) {
        this.server = server;
        this.writesBeforeCrash = writesBeforeCrash;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        boolean write = !chain.request().method().equals("GET");
        int done = write ? writes.incrementAndGet() - 1 : writes.get();
        if (done < writesBeforeCrash || (!write && done == writesBeforeCrash)) {
            return server.intercept(chain);
        }
        if (write && done == writesBeforeCrash) {
            server.intercept(chain).close();
            throw new IOException("connection reset after the request was sent");
        }
        throw new IOException("network unreachable");
    }
}
