/**
 * One retry policy for every outbound HTTP call (PagerDuty and the Git hosts): {@link
 * io.pdgitops.http.retry.RetryPolicy} decides retry-or-give-up from the status or the exception, the server's
 * {@code Retry-After} and {@code ratelimit-reset} headers and whether the call is safe to repeat; {@link
 * io.pdgitops.http.retry.RetryLoop} runs the attempts and waits. The clients keep only what is theirs: building the
 * request, reading the answer, and turning a give-up into their own exception.
 */
package io.pdgitops.http.retry;
