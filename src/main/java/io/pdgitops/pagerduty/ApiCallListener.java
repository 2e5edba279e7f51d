package io.pdgitops.pagerduty;

/** Told about every HTTP attempt the client makes, retries included; used for metrics, tests and benchmarks. */
@FunctionalInterface
public interface ApiCallListener {

    ApiCallListener NONE = call -> {
    };

    /** Called on the calling thread; must be quick and must not throw. */
    void onCall(ApiCall call);

    /** Tells each of {@code listeners} in turn, e.g. metrics and a benchmark's counter. */
    static ApiCallListener all(ApiCallListener... listeners) {
        ApiCallListener[] copy = listeners.clone();
        return call -> {
            for (ApiCallListener listener : copy) {
                listener.onCall(call);
            }
        };
    }
}
