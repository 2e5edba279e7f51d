/**
 * The configuration's Git source (JGit): a bare local copy updated by fetches, one revision materialised as a
 * tree of files, commit facts for history, and errors that never carry credentials.
 */
package io.pdgitops.source;
