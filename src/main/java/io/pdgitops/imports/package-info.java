/**
 * Importers that turn another tool's configuration into this repository's YAML; one subpackage per tool.
 */
package io.pdgitops.imports;
