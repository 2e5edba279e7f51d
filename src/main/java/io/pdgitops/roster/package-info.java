/**
 * Compiles a {@link io.pdgitops.model.Roster} into an ordinary {@link io.pdgitops.model.Schedule}:
 * a search assigns every daily shift of a cycle to a member so that days off, shift preferences and
 * limits hold and hours are balanced, the assignment is encoded as one layer per shift with repeated
 * users, and the layers are rendered back to prove they reproduce the assignment. Pure code.
 */
package io.pdgitops.roster;
