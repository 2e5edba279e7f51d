/**
 * Facts the build wrote into the jar, such as the version shown by {@code --version} and sent in PagerDuty's
 * User-Agent. Its own package so that the entry point in {@code io.pdgitops} and the packages it starts do not
 * depend on each other in a circle.
 */
package io.pdgitops.build;
