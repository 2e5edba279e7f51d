package io.pdgitops.sandbox;

/**
 * A monitoring tool PagerDuty integrates with. {@code integrationType} is the integration type a
 * service integration created from this vendor gets.
 */
record Vendor(String id, String name, String website, String integrationType) {
}
