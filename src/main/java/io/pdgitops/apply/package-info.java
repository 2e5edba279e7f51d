/**
 * Executing a plan against PagerDuty: request bodies per kind, a step graph run on a few workers, create-or-adopt
 * after interrupted runs, and an outcome per step. An adapter around the plan.
 */
package io.pdgitops.apply;
