package io.pdgitops.pagerduty;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

final class RecordingListener implements ApiCallListener {

    private final List<ApiCall> calls = new CopyOnWriteArrayList<>();

    @Override
    public void onCall(ApiCall call) {
        calls.add(call);
    }

    List<ApiCall> calls() {
        return List.copyOf(calls);
    }

    List<Integer> statuses() {
        return calls.stream().map(ApiCall::status).toList();
    }
}
