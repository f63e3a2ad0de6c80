/**
 * Push-down of SQL into Looker queries: the {@link io.looksql.catalog.rel.LookerQuery} leaf, the
 * rules that fold Project, Filter, Aggregate and Sort into it, filter translation, the measure
 * guard and execution.
 */
package io.looksql.catalog.rel;
