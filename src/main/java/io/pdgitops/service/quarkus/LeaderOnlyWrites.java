package io.pdgitops.service.quarkus;

import io.pdgitops.leader.Leadership;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The fence in front of PagerDuty: every request that changes something first checks, on the connection that holds
 * the lead, that this replica still leads. A replica that lost its connection fails that check and so writes
 * nothing more, while the next leader cannot start before PostgreSQL has ended that session and its lock.
 */
final class LeaderOnlyWrites implements Interceptor {

    private final Leadership leadership;

    private LeaderOnlyWrites(Leadership leadership) {
        this.leadership = leadership;
    }

    /** {@code client} with the fence first, before any interceptor that answers in-process. */
    static OkHttpClient around(OkHttpClient client, Leadership leadership) {
        OkHttpClient.Builder builder = client.newBuilder();
        builder.interceptors().add(0, new LeaderOnlyWrites(leadership));
        return builder.build();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String method = chain.request().method();
        boolean writes = !method.equals("GET") && !method.equals("HEAD");
        if (writes && !leadership.leads()) {
            throw new NotLeaderException();
        }
        return chain.proceed(chain.request());
    }

    /** An I/O failure to the client, so the step fails and is retried by whichever replica leads next. */
    static final class NotLeaderException extends IOException {
        NotLeaderException() {
            super("this replica no longer leads: PagerDuty write refused");
        }
    }
}
