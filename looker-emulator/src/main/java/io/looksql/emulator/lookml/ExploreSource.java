package io.looksql.emulator.lookml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A native derived table, {@code derived_table: { explore_source: explore { ... } }}: the query of
 * another explore whose result rows are the view's rows.
 *
 * @param explore the explore queried
 * @param columns {@code column: name { field: view.field }}, column name to field, in order (a
 *     column without {@code field} is the field of the same name in the explore's base view)
 * @param derivedColumns {@code derived_column: name { sql: ... }}, column name to SQL, in order
 * @param bindFilters {@code bind_filters: { from_field: to_field: }} in order
 * @param bindAllFilters {@code bind_all_filters}
 * @param filters the source query's filters, field to expression, in order
 * @param sorts the source query's sorts as written ({@code field} or {@code field desc})
 * @param limit the source query's row limit, or null
 * @param position where the {@code explore_source} is
 */
public record ExploreSource(
    String explore,
    Map<String, String> columns,
    Map<String, String> derivedColumns,
    List<BindFilter> bindFilters,
    boolean bindAllFilters,
    Map<String, String> filters,
    List<String> sorts,
    Integer limit,
    SourcePosition position) {

  /**
   * A {@code bind_filters} entry: a filter on the outer query's {@code fromField} applies to the
   * source query's {@code toField}.
   *
   * @param fromField the outer query's field
   * @param toField the source query's field
   */
  public record BindFilter(String fromField, String toField) {
  }

  /** Returns the explore source of a {@code explore_source: name { ... }} node. */
  static ExploreSource of(Node node) {
    Value.Block block = Params.named(node);
    Params params = new Params(block.body(), "explore_source '" + block.name() + "'");
    Map<String, String> columns = new LinkedHashMap<>();
    for (Node column : params.all("column")) {
      Value.Block c = Params.named(column);
      String field = new Params(c.body(), "column '" + c.name() + "'").string("field");
      columns.put(c.name(), field != null ? field : block.name() + "." + c.name());
    }
    Map<String, String> derived = new LinkedHashMap<>();
    for (Node column : params.all("derived_column")) {
      Value.Block c = Params.named(column);
      derived.put(c.name(), new Params(c.body(), "derived_column '" + c.name() + "'").sql("sql"));
    }
    List<BindFilter> binds = params.all("bind_filters").stream().map(bind -> {
      Params p = new Params(anonymous(bind).body(), "bind_filters");
      return new BindFilter(p.string("from_field"), p.string("to_field"));
    }).toList();
    Map<String, String> filters = new LinkedHashMap<>();
    List<String> sorts = new java.util.ArrayList<>(params.pairs("sorts").entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).toList());
    for (Node filter : params.all("filters")) {
      if (filter.value() instanceof Value.ListOf) {
        filters.putAll(new Params(List.of(filter), "explore_source").pairs("filters"));
      } else {
        Params p = new Params(anonymous(filter).body(), "filters");
        filters.put(p.string("field"), p.string("value"));
      }
    }
    for (Node sort : params.all("sort")) {
      Params p = new Params(anonymous(sort).body(), "sort");
      sorts.add(p.string("field") + (p.bool("desc", false) ? " desc" : ""));
    }
    String limit = params.string("limit");
    return new ExploreSource(block.name(), columns, derived, binds,
        params.bool("bind_all_filters", false), filters, List.copyOf(sorts),
        limit == null ? null : Integer.valueOf(limit), node.position());
  }

  private static Value.Block anonymous(Node node) {
    if (node.value() instanceof Value.Block block && block.name() == null) {
      return block;
    }
    return Params.fail(node.value().position(),
        "expected '{' after '" + node.key() + ":', found " + node.value().describe());
  }
}
