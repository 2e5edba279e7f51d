/** Tests of the {@code ./pd-gitops} launcher script at the root of the project. */
package io.pdgitops.launcher;
