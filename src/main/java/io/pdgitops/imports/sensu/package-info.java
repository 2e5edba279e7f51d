/**
 * Sensu Go: reads the checks and entities of a {@code sensuctl dump}, maps them to PagerDuty services like the
 * Nagios importer does (one per subscription, label value or check), and renders the configuration of Sensu's
 * {@code sensu-pagerduty-handler} that sends each check's events to its service. Pure: callers read the dump and
 * write the results.
 */
package io.pdgitops.imports.sensu;
