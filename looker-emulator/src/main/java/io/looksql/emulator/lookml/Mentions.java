package io.looksql.emulator.lookml;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL blocks and measure-filter field names of one view or explore, kept with their source
 * positions, so {@link References} can check them once every view of the project is known.
 */
final class Mentions {
  private final List<Value.Sql> sql = new ArrayList<>();
  private final List<Node> filterFields = new ArrayList<>();
  private final List<Value.Sql> exploreWideSql = new ArrayList<>();

  /**
   * Records an explore's {@code sql_always_where} or {@code sql_always_having}, where a bare
   * {@code ${field}} is a field of the base view; null is skipped.
   */
  void addExploreWideSql(Value.Sql block) {
    if (block != null) {
      exploreWideSql.add(block);
    }
  }

  /** Returns the explore-wide SQL blocks recorded, in order. */
  List<Value.Sql> exploreWideSql() {
    return exploreWideSql;
  }

  /** Records an SQL block; null (an absent block) is skipped. */
  void addSql(Value.Sql block) {
    if (block != null) {
      sql.add(block);
    }
  }

  /** Records the items of a measure's {@code filters}, whose keys are field names. */
  void addFilterFields(List<Node> items) {
    filterFields.addAll(items);
  }

  /** Returns the SQL blocks recorded, in order. */
  List<Value.Sql> sql() {
    return sql;
  }

  /** Returns the filter items recorded, in order. */
  List<Node> filterFields() {
    return filterFields;
  }
}
