package io.pdgitops.pagerduty;

/** Told about every HTTP attempt the client makes, retries included; used for metrics, tests and benchmarks. */
@FunctionalInterface
public interface ApiCallListener {

    ApiCallListener NONE = call -> {
    };

    /** Called on the calling thread; must be quick and must not throw. */
    void onCall(ApiCall call);
}
