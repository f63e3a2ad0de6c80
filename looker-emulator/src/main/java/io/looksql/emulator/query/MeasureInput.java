package io.looksql.emulator.query;

import io.looksql.emulator.sql.SqlFragment;

/**
 * The row-level input of one aggregate measure: the value it aggregates, already restricted by
 * the measure's own {@code filters}.
 *
 * @param measure the measure
 * @param value SQL of the value aggregated; null for a count over all rows ({@code COUNT(*)})
 * @param distinctKey whether the value is the view's primary key, counted distinct
 */
record MeasureInput(ScopedField measure, SqlFragment value, boolean distinctKey) {
}
