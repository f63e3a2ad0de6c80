/**
 * Looker's languages, with no planner: the filter grammar (one {@link
 * io.looksql.catalog.lang.FieldFilter} per field, written per field type), the expression
 * language of custom fields and filter expressions, and the translation of Calcite row
 * expressions into them.
 */
package io.looksql.catalog.lang;
