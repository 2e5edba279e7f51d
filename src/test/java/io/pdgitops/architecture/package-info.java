/**
 * The architecture test: the layer picture of {@code docs/architecture.md} (core, adapters, edge; no package cycles)
 * checked against the imports of the main sources, with findings that name the class and the import.
 */
package io.pdgitops.architecture;
