/**
 * Drift: how PagerDuty differs from what the repository declares, per object and field, plus objects nobody
 * manages, with hints on exporting them. Pure core: computed from the model and the live state it is handed.
 */
package io.pdgitops.drift;
