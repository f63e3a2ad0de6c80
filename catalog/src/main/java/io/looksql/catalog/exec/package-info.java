/**
 * Running a Looker query when a statement executes: the inline run with its cancel watch, the
 * background wait for long queries, and the conversion of Looker's JSON values into Calcite's
 * row values.
 */
package io.looksql.catalog.exec;
