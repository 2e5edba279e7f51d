/**
 * The dashboard that {@code serve} answers at {@code /}: server-rendered pages (Qute) for the sync overview and
 * history, drift, and who is on call. Pages read what the service already holds (status, history, the newest drift
 * check and the applied revision as settled by it), so opening one never calls PagerDuty, and they render on-call
 * time with the same renderer as {@code preview}.
 */
package io.pdgitops.dashboard;
