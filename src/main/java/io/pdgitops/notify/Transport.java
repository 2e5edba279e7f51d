package io.pdgitops.notify;

import java.io.IOException;

/** Makes a delivery and answers the HTTP status. */
@FunctionalInterface
public interface Transport {

    int post(Delivery delivery) throws IOException, InterruptedException;
}
