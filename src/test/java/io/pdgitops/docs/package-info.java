/** The commands shown in {@code README.md} and {@code docs/*.md}, run as a reader would type them. */
package io.pdgitops.docs;
