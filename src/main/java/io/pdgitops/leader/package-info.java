/**
 * Which replica syncs when several share one PostgreSQL state: leadership as a PostgreSQL advisory lock held on a
 * dedicated connection, and the queue through which followers hand sync requests to the leader.
 */
package io.pdgitops.leader;
