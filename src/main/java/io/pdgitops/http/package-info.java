/**
 * What every outbound HTTP client of the project shares, whichever server it calls; so far the retry policy in
 * {@code retry}.
 */
package io.pdgitops.http;
