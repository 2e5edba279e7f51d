/**
 * Model objects to YAML document text: the inverse of {@code io.pdgitops.load}, for anything that
 * writes a configuration repository (export, importers). Pure: no I/O.
 */
package io.pdgitops.write;
