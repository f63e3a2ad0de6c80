package io.looksql.emulator.lookml;

import java.util.Map;

/**
 * A LookML view: where its rows come from and its fields.
 *
 * @param name view name
 * @param sqlTableName {@code sql_table_name}, or null for a derived table
 * @param derivedTableSql {@code derived_table: { sql }}, or null
 * @param fields fields by name, in declaration order (dimension groups already expanded)
 * @param position where the view is declared
 */
public record View(
    String name,
    String sqlTableName,
    String derivedTableSql,
    Map<String, Field> fields,
    SourcePosition position) {

  /** Returns the primary-key dimension, or null when the view declares none. */
  public Field primaryKey() {
    for (Field f : fields.values()) {
      if (f.primaryKey()) {
        return f;
      }
    }
    return null;
  }
}
