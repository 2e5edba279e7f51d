package io.pdgitops.notify;

import io.pdgitops.http.retry.Outcome;

/** Makes a delivery once and says how it went: the answer, or the I/O failure. */
@FunctionalInterface
public interface Transport {

    Outcome post(Delivery delivery);
}
