/** Plans as text for terminals, Markdown for pull-request comments and JSON for scripts. */
package io.pdgitops.plan.render;
