/**
 * Looker metadata as a Calcite schema tree: a {@link io.looksql.catalog.LookerSchema} per LookML
 * model, a {@link io.looksql.catalog.LookerTable} per explore and a column per field, read through
 * the {@link io.looksql.catalog.ExploreSource} seam and cached per Looker identity.
 */
package io.looksql.catalog;
