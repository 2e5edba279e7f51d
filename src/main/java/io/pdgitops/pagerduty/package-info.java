/**
 * The PagerDuty REST API v2 client (OkHttp): paging over whole lists, a client-side rate limiter per token,
 * retries where they are safe, one exception type, and a listener for every HTTP attempt. Resource records live
 * in {@code io.pdgitops.pagerduty.dto}.
 */
package io.pdgitops.pagerduty;
