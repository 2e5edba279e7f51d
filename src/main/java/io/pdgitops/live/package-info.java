/**
 * Reading an account from PagerDuty in a few parallel reads and normalising it into the live state the diff compares
 * against, keeping the ids apply and export need.
 */
package io.pdgitops.live;
