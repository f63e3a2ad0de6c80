/**
 * Push-down of SQL into Looker queries: the {@link io.looksql.catalog.rel.LookerQuery} leaf and
 * its spec, the rules that fold Project, Filter, Aggregate and Sort into it, the passes and the
 * measure guards. Looker's filter and expression languages are in {@code lang}; running the query
 * is in {@code exec}.
 */
package io.looksql.catalog.rel;
