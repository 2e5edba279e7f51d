/**
 * Importing Nagios object configuration: parsing define blocks with template inheritance, choosing integrations and
 * writing services, escalation policies and users as repository files, every problem at a Nagios file and line.
 */
package io.pdgitops.imports.nagios;
