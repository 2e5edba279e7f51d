package io.pdgitops.model;

/**
 * A header PagerDuty adds to each webhook delivery. Its value is a secret (an API key, say), so Git holds only the
 * name of the environment variable that has it: the value is read when a subscription is created, and never kept.
 *
 * @param name the header name, e.g. {@code X-Api-Key}
 * @param valueFromEnv the environment variable whose value the header gets
 */
public record CustomHeader(String name, String valueFromEnv) {
}
