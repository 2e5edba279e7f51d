/**
 * Compiles a {@link io.pdgitops.model.Roster} into an ordinary {@link io.pdgitops.model.Schedule}:
 * a constraint solver (Choco) assigns every daily shift of a cycle to a member so that days off, shift preferences and
 * limits hold and the spread of hours is smallest, or proves no assignment exists, the assignment is encoded as one layer per shift with repeated
 * users, and the layers are rendered back to prove they reproduce the assignment. Pure code.
 */
package io.pdgitops.roster;
