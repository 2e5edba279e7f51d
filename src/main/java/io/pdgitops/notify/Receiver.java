package io.pdgitops.notify;


/** Where notifications go, and the request each one becomes there. */
public interface Receiver {

    /** A name for logs; never the URL, which often holds a secret. */
    String name();

    Delivery request(Notification notification);
}
