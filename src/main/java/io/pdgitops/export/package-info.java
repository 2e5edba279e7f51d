/**
 * PagerDuty account to configuration repository: which objects to export, in the YAML model with PagerDuty's
 * defaults left out, under file-safe names, and a field-by-field list of the settings the format cannot express.
 * Pure: the records come in, file texts go out; the CLI reads PagerDuty and writes the files.
 */
package io.pdgitops.export;
