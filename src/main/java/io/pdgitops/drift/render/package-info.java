/**
 * Drift reports rendered for a terminal, a Markdown comment and programs (JSON), sharing their sentences.
 */
package io.pdgitops.drift.render;
