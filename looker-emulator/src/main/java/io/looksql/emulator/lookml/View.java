package io.looksql.emulator.lookml;

import java.util.List;
import java.util.Map;

/**
 * A LookML view: where its rows come from and its fields.
 *
 * @param name view name
 * @param sqlTableName {@code sql_table_name}, or null for a derived table
 * @param derivedTableSql {@code derived_table: { sql }}, or null
 * @param fields dimensions and measures by name, in declaration order (dimension groups already
 *     expanded)
 * @param position where the view is declared
 * @param exploreSource a native derived table's {@code explore_source}, or null
 * @param userFields templated {@code filter}s and {@code parameter}s by name, in declaration order
 * @param sets {@code set: name { fields: [...] }} by name, the fields as written
 * @param label {@code label}, or null
 */
public record View(
    String name,
    String sqlTableName,
    String derivedTableSql,
    Map<String, Field> fields,
    SourcePosition position,
    ExploreSource exploreSource,
    Map<String, Field> userFields,
    Map<String, List<String>> sets,
    String label) {

  /** Creates a View of dimensions and measures only. */
  public View(String name, String sqlTableName, String derivedTableSql, Map<String, Field> fields,
      SourcePosition position) {
    this(name, sqlTableName, derivedTableSql, fields, position, null, Map.of(), Map.of(), null);
  }

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
