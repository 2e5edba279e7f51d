/**
 * Reading a configuration folder into the model: listing its files, guarded YAML parsing with line numbers,
 * schema checks and mapping documents to records, every problem a violation at a file and line. Core, with one
 * known exception the architecture test names: the classes that list and read the folder still touch the disk.
 */
package io.pdgitops.load;
